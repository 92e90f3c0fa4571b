namespace Dashboard.Core.GitOps;

/// <summary>What a write did. Exactly one of the nested cases.</summary>
public abstract record CommitResult
{
    private CommitResult()
    {
    }

    /// <summary>The branch now points at <paramref name="Sha"/>.</summary>
    public sealed record Committed(string Sha) : CommitResult;

    /// <summary>The branch already had the planned content; nothing was written.</summary>
    public sealed record NoChange(string HeadSha) : CommitResult;

    /// <summary>The branch no longer points at the planned base (someone pushed); re-read and re-plan.</summary>
    public sealed record Conflict(string ExpectedHeadSha, string? ActualHeadSha) : CommitResult;

    /// <summary>The write failed for another reason, said in words for the user and the audit log.</summary>
    public sealed record Failed(string Reason) : CommitResult;

    /// <summary>Pull-request mode: the commit is on a new branch with an open pull request.</summary>
    public sealed record PullRequestOpened(string Url, int Number, string Sha) : CommitResult;
}
