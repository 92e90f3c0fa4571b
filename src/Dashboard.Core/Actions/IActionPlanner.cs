using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Actions;

/// <summary>Turns one kind of <see cref="ActionRequest"/> into a change on a head. Planners read Git but never write.</summary>
public interface IActionPlanner
{
    bool Handles(ActionRequest request);

    /// <summary>Where the commit goes. Done once per action; the head is read after it.</summary>
    Task<ActionTarget> LocateAsync(ActionRequest request, AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The change on <see cref="PlanningContext.HeadSha"/>; called again on a newer head when the branch moved.</summary>
    Task<PlannedChange> PlanAsync(PlanningContext context, CancellationToken cancellationToken = default);
}
