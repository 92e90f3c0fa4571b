namespace Dashboard.Sandbox.GitHub;

/// <summary>A pull request the emulator holds in memory.</summary>
public sealed record SandboxPullRequest(int Number, string Title, string? Body, string Head, string Base, bool Draft, DateTimeOffset CreatedAt)
{
    public string State { get; init; } = "open";
}
