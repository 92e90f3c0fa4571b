using Dashboard.Core.GitOps;

namespace Dashboard.Core.Tests.Actions;

/// <summary>Commits onto <see cref="FakeGitRepository"/> (non-force: a stale base is a conflict), or answers from a script.</summary>
internal sealed class FakeGitWriter(FakeGitRepository git, ActionEvents events) : IGitWriter
{
    private readonly Queue<Func<CommitPlan, CommitResult>> _script = new();

    public List<CommitPlan> Plans { get; } = [];

    /// <summary>When set, the next commit waits for it (to hold the branch while another action starts).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public void Then(Func<CommitPlan, CommitResult> answer) => _script.Enqueue(answer);

    public async Task<CommitResult> CommitAsync(CommitPlan plan, CancellationToken cancellationToken = default)
    {
        events.Add("commit");
        Plans.Add(plan);
        if (Hold is { } hold)
        {
            Hold = null;
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (_script.TryDequeue(out var answer))
        {
            return answer(plan);
        }

        if (plan.BaseHeadSha != git.Head)
        {
            return new CommitResult.Conflict(plan.BaseHeadSha, git.Head);
        }

        var files = new Dictionary<string, string>(git.FilesAt(plan.BaseHeadSha));
        foreach (var edit in plan.Edits)
        {
            if (edit is FileEdit.ReplaceWithRevision replace)
            {
                foreach (var key in files.Keys.Where(k => k.StartsWith(replace.Path + "/", StringComparison.Ordinal)).ToList())
                {
                    files.Remove(key);
                }

                foreach (var (path, text) in git.FilesAt(replace.Revision).Where(f => f.Key.StartsWith(replace.Path + "/", StringComparison.Ordinal)))
                {
                    files[path] = text;
                }
            }
        }

        var sha = git.AddRevision(files);
        git.Commits.Insert(0, new CommitInfo(sha, [plan.BaseHeadSha], plan.RequestedBy, "", DateTimeOffset.UnixEpoch, plan.FullMessage));
        return new CommitResult.Committed(sha);
    }

    public Task<CommitResult> OpenPullRequestAsync(CommitPlan plan, PullRequestPlan pullRequest, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
