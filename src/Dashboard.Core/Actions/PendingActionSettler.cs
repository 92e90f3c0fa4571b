using Dashboard.Core.GitOps;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Actions;

/// <summary>
/// Settles audit rows left Pending by a process that stopped between intent and completion, by reading Git: a commit on
/// the branch after the intent that carries the row's audit id (or, for older rows, its subject and Requested-by) means
/// Committed; otherwise the commit was never written.
/// </summary>
public sealed class PendingActionSettler(IAuditLog audit, IGitRepository git, ActionOptions options, TimeProvider time, ILogger<PendingActionSettler> logger)
{
    public const string NotWritten = "The process stopped before the commit was written.";

    /// <summary>Clock skew allowed between this process and the Git host's commit dates.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    /// <returns>How many rows were settled.</returns>
    public async Task<int> SettleAsync(CancellationToken cancellationToken = default)
    {
        var pending = await audit.ListAsync(new AuditQuery(Limit: AuditQuery.MaxLimit, State: AuditState.Pending), cancellationToken);
        var settled = 0;
        var history = new Dictionary<string, IReadOnlyList<CommitInfo>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in pending)
        {
            if (row.Repository is null || row.Branch is null || !GitRepositoryRef.TryParse("https://host/" + row.Repository, out var repository))
            {
                await audit.CompleteAsync(row.Id, new AuditCompletion(AuditState.Failed, time.GetUtcNow(), Error: NotWritten), cancellationToken);
                settled++;
                continue;
            }

            IReadOnlyList<CommitInfo> commits;
            var key = $"{row.Repository}@{row.Branch}";
            try
            {
                if (!history.TryGetValue(key, out commits!))
                {
                    commits = await git.GetRecentCommitsAsync(repository, row.Branch, options.SettlementCommitWindow, cancellationToken: cancellationToken);
                    history[key] = commits;
                }
            }
            catch (GitAccessException exception)
            {
                // Leave the row Pending: Git may answer at the next start; guessing "not written" could be wrong.
                logger.LogWarning("Cannot settle audit row {Id} yet: {Reason}", row.Id, exception.Message);
                continue;
            }

            var commit = commits.FirstOrDefault(c => Matches(c, row));
            var completion = commit is null
                ? new AuditCompletion(AuditState.Failed, time.GetUtcNow(), Error: NotWritten)
                : new AuditCompletion(AuditState.Committed, time.GetUtcNow(), CommitSha: commit.Sha);
            await audit.CompleteAsync(row.Id, completion, cancellationToken);
            logger.LogInformation("Settled pending audit row {Id} ({Action} on {Target}) as {State}", row.Id, row.Action, row.Target, completion.State);
            settled++;
        }

        return settled;
    }

    private static bool Matches(CommitInfo commit, AuditRecord row)
    {
        if (commit.CommittedAt < row.RequestedAt - Skew)
        {
            return false;
        }

        if (CommitMessages.HasAuditId(commit.Message, row.Id))
        {
            return true;
        }

        var app = row.Target.Split('/').Last();
        return CommitMessages.IsRequestedBy(commit.Message, row.User)
            && commit.Subject.StartsWith($"{row.Action}({app}):", StringComparison.Ordinal)
            && !commit.Message.Contains(CommitMessages.AuditTrailer + ":", StringComparison.Ordinal);
    }
}
