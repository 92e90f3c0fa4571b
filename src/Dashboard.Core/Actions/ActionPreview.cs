using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>What an action would commit, shown before it is confirmed. Executing it commits on <see cref="BaseHeadSha"/> or re-plans.</summary>
/// <param name="Message">The commit message with its <c>Requested-by</c> trailer.</param>
/// <param name="Diff">A git-style unified diff over every changed file; empty when <see cref="NoChange"/>.</param>
/// <param name="Summary">One line for people, e.g. <c>rollback(podinfo): apps/base/podinfo to abc1234 (was def5678)</c>.</param>
public sealed record ActionPreview(
    ActionRequest Request,
    ResourceKey App,
    GitRepositoryRef Repository,
    string Branch,
    string BaseHeadSha,
    string Message,
    string Diff,
    bool NoChange,
    string Summary,
    PlannedChange Change,
    ActionTarget Target)
{
    public IReadOnlyList<string> ChangedFiles => [.. Change.Files.Select(f => f.Path)];
}
