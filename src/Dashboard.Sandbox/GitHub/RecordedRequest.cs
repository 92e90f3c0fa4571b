namespace Dashboard.Sandbox.GitHub;

/// <summary>One request the emulator answered, for cost measurements in tests.</summary>
/// <param name="Path">Path without the <c>/api/v3</c> prefix and without the query.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, int Status);
