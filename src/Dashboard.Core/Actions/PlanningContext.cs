using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Actions;

/// <summary>Everything a planner gets: the request, the app as the store knows it, where to commit, and the head read.</summary>
public sealed record PlanningContext(ActionRequest Request, AppStatus App, ClusterSnapshot Snapshot, ActionTarget Target, string HeadSha)
{
    public static string Short(string sha) => sha.Length >= 40 ? sha[..7] : sha;
}
