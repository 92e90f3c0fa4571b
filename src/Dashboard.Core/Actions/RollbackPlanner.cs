using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Actions;

/// <summary>
/// Roll back (DESIGN.md section 5): HEAD with only the app's folder replaced by its tree at R. Works whatever auto-sync
/// says, because the controller simply follows the new commit.
/// </summary>
public sealed class RollbackPlanner(IAppSourceResolver resolver, IGitRepository git) : IActionPlanner
{
    public bool Handles(ActionRequest request) => request is ActionRequest.Rollback;

    public async Task<ActionTarget> LocateAsync(ActionRequest request, AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        var rollback = (ActionRequest.Rollback)request;
        if (string.IsNullOrWhiteSpace(rollback.Revision))
        {
            throw ActionException.Invalid("revision", "A rollback needs the revision to go back to.");
        }

        if (app.Key.Kind == ResourceKind.FluxHelmRelease)
        {
            throw new ActionException(ActionErrorKind.Unsupported,
                $"{app.Key.Name} is a HelmRelease: its revisions are chart versions, not Git commits. Use set-version on its chart version instead.");
        }

        var location = await resolver.ResolveAsync(app, snapshot, cancellationToken);
        if (location.Path.Length == 0)
        {
            throw new ActionException(ActionErrorKind.Unsupported,
                $"{app.Key.Name} deploys the whole repository {location.Repository}; rolling back the root would revert every other app too.");
        }

        return new ActionTarget(location.Repository, location.Branch, location.Path);
    }

    public async Task<PlannedChange> PlanAsync(PlanningContext context, CancellationToken cancellationToken = default)
    {
        var revision = ((ActionRequest.Rollback)context.Request).Revision.Trim();
        var target = context.Target;
        var atHead = await git.GetTreeAsync(target.Repository, target.Path, context.HeadSha, cancellationToken);
        GitTree? atRevision;
        try
        {
            atRevision = await git.GetTreeAsync(target.Repository, target.Path, revision, cancellationToken);
        }
        catch (GitAccessException exception) when (exception.Kind is GitFailureKind.NotFound or GitFailureKind.Invalid)
        {
            throw ActionException.Invalid("revision", $"Revision '{revision}' does not exist in {target.Repository}.");
        }

        var files = await DiffAsync(target, atHead, context.HeadSha, atRevision, revision, cancellationToken);
        var subject = $"rollback({context.App.Key.Name}): {target.Path} to {PlanningContext.Short(revision)} (was {PlanningContext.Short(context.HeadSha)})";
        return new PlannedChange(subject, [new FileEdit.ReplaceWithRevision(target.Path, revision)], files, context.HeadSha, revision);
    }

    private async Task<IReadOnlyList<DiffFile>> DiffAsync(
        ActionTarget target, GitTree? before, string beforeRevision, GitTree? after, string afterRevision, CancellationToken cancellationToken)
    {
        var old = Blobs(before);
        var @new = Blobs(after);
        var changed = old.Keys.Union(@new.Keys, StringComparer.Ordinal)
            .Where(p => !old.TryGetValue(p, out var o) || !@new.TryGetValue(p, out var n) || o != n)
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = new List<DiffFile>(changed.Count);
        foreach (var relative in changed)
        {
            var path = $"{target.Path}/{relative}";
            var oldText = old.ContainsKey(relative) ? (await git.GetFileAsync(target.Repository, path, beforeRevision, cancellationToken))?.Text : null;
            var newText = @new.ContainsKey(relative) ? (await git.GetFileAsync(target.Repository, path, afterRevision, cancellationToken))?.Text : null;
            files.Add(new DiffFile(path, oldText, newText));
        }

        return files;
    }

    private static Dictionary<string, string> Blobs(GitTree? tree) =>
        tree?.Entries.Where(e => e.Kind == GitTreeEntryKind.Blob).ToDictionary(e => e.Path, e => e.Mode + e.Sha, StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
