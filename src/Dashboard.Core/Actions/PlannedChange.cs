using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>What an action would change on top of one head: the edits, the files' before/after, and the commit subject.</summary>
/// <param name="Subject">First line of the commit message, e.g. <c>rollback(podinfo): apps/base/podinfo to abc1234 (was def5678)</c>.</param>
/// <param name="Files">Every file whose content changes; empty when the head already has the planned content.</param>
public sealed record PlannedChange(
    string Subject,
    IReadOnlyList<FileEdit> Edits,
    IReadOnlyList<DiffFile> Files,
    string? FromRevision,
    string? ToRevision)
{
    public bool IsNoChange => Files.Count == 0;
}
