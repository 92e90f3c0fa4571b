using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// The Git and audit seams for component tests that render the action panel without acting:
/// any call is a test bug, so it fails loudly. Acting is tested against the GitHub emulator.
/// </summary>
internal sealed class ComponentTestGit : IGitRepository, IGitWriter, IAuditLog, IAppSourceResolver, IPullRequestReader
{
    private static NotSupportedException Unused() => new("Component tests render the action panel but do not act.");

    public Task<string> GetBranchHeadAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken = default) => throw Unused();
    public Task<IReadOnlyList<CommitInfo>> GetRecentCommitsAsync(GitRepositoryRef repository, string branch, int maxCount, string? path = null, CancellationToken cancellationToken = default) => throw Unused();
    public Task<IReadOnlyList<CommitInfo>> GetCommitsBetweenAsync(GitRepositoryRef repository, string fromSha, string toSha, string? path, int maxCount = 100, CancellationToken cancellationToken = default) => throw Unused();
    public Task<IReadOnlyList<ChangedFile>> GetChangedFilesAsync(GitRepositoryRef repository, string sha, CancellationToken cancellationToken = default) => throw Unused();
    public Task<GitFile?> GetFileAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) => throw Unused();
    public Task<GitTree?> GetTreeAsync(GitRepositoryRef repository, string path, string revision, CancellationToken cancellationToken = default) => throw Unused();
    public Task<CommitResult> CommitAsync(CommitPlan plan, CancellationToken cancellationToken = default) => throw Unused();
    public Task<CommitResult> OpenPullRequestAsync(CommitPlan plan, PullRequestPlan pullRequest, CancellationToken cancellationToken = default) => throw Unused();
    public Task<PullRequestState> GetPullRequestAsync(GitRepositoryRef repository, int number, CancellationToken cancellationToken = default) => throw Unused();
    public Task<long> WriteIntentAsync(AuditIntent intent, CancellationToken cancellationToken = default) => throw Unused();
    public Task CompleteAsync(long id, AuditCompletion completion, CancellationToken cancellationToken = default) => throw Unused();
    public Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default) => throw Unused();
    public Task<AppLocation> ResolveAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default) => throw Unused();
    public Task<AppDefinition> FindDefinitionAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default) => throw Unused();
}
