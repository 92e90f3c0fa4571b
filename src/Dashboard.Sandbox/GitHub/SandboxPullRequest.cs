namespace Dashboard.Sandbox.GitHub;

/// <summary>A pull request the emulator holds in memory.</summary>
public sealed record SandboxPullRequest(int Number, string Title, string? Body, string Head, string Base, bool Draft, DateTimeOffset CreatedAt)
{
    /// <summary>"open" or "closed" (GitHub reports a merged pull request as closed with <c>merged: true</c>).</summary>
    public string State { get; init; } = "open";

    /// <summary>The commit the base branch received; null until merged.</summary>
    public string? MergeCommitSha { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool Merged => MergeCommitSha is not null;
}
