using Dashboard.Core.GitOps;

namespace Dashboard.Web.Model.Commits;

/// <summary>One watched repository branch on the Commits page: its poll state and its recent commits, newest first.</summary>
public sealed record BranchSection(RepositoryState State, IReadOnlyList<CommitRow> Rows)
{
    public RepositoryBranch Key => State.Key;

    /// <summary>"polled 2 min ago", "not polled yet".</summary>
    public string PollText(DateTimeOffset now) =>
        State.PolledAt is { } at ? $"polled {Format.Ago(at, now)}" : "not polled yet";

    /// <summary>"4990 of 5000 API calls left", or null when the host did not say.</summary>
    public string? RateLimitText =>
        State.RateLimitRemaining is { } left
            ? State.RateLimitLimit is { } limit ? $"{left} of {limit} API calls left" : $"{left} API calls left"
            : null;

    /// <summary>warning when the budget is below a tenth (polling will slow down or stop), else default.</summary>
    public string RateLimitTone =>
        State.RateLimitRemaining is { } left && State.RateLimitLimit is { } limit && limit > 0 && left * 10 < limit ? "warning" : "default";
}
