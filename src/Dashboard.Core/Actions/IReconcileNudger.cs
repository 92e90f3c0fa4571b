using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Actions;

/// <summary>
/// The one optional cluster write: the controller's own "reconcile now" annotation. Never fails an action;
/// returns a sentence saying what happened (including a 403).
/// </summary>
public interface IReconcileNudger
{
    Task<string> NudgeAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default);
}
