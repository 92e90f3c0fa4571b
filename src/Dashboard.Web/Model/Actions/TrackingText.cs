using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Actions;

/// <summary>Says in words where a committed change stands ("committed abc1234, waiting for Argo CD").</summary>
public static class TrackingText
{
    public static string For(TrackingState state, Controller controller)
    {
        var name = controller == Controller.ArgoCD ? "Argo CD" : "Flux";
        return state switch
        {
            TrackingState.PullRequestOpen p => $"Pull request #{p.Number} is open ({Format.ShortSha(p.Sha)}), waiting for a merge",
            TrackingState.PullRequestMerged m => $"Pull request #{m.Number} merged as {Format.ShortSha(m.MergeSha)}, waiting for {name}",
            TrackingState.PullRequestClosed c => c.Message,
            TrackingState.Committed c => $"Committed {Format.ShortSha(c.Sha)}, waiting for {name}",
            TrackingState.WaitingForController w when w.Revision == w.Sha =>
                $"{name} runs {Format.ShortSha(w.Sha)}; health is {w.Health}",
            TrackingState.WaitingForController w =>
                $"Committed {Format.ShortSha(w.Sha)}, waiting for {name} (it runs {Format.ShortSha(w.Revision)})",
            TrackingState.Synced s => $"{name} runs {Format.ShortSha(s.Revision)}: {s.Health}",
            TrackingState.TimedOut t => $"{name} has not picked up {Format.ShortSha(t.Sha)} yet ({t.Message})",
            _ => "",
        };
    }
}
