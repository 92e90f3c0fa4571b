namespace Dashboard.Sandbox.Kubernetes;

/// <summary>One request the emulator received (after auth, before faults), for measuring API cost.</summary>
public sealed record RequestRecord(string Method, string Path, bool IsWatch);
