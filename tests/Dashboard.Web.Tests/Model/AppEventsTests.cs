using Dashboard.Core.Cluster;
using Dashboard.Testing;
using Dashboard.Web.Model;

namespace Dashboard.Web.Tests.Model;

public sealed class AppEventsTests
{
    [Fact]
    public void For_MixedEvents_KeepsThisAppsNewestFirst()
    {
        var app = Build.App("podinfo");
        ClusterEvent Event(string name, string kind, string involved, int minutesAgo) =>
            new(new ResourceKey(Build.Cluster, ResourceKind.Event, "argocd", name), kind, "argocd", involved, "Normal", "Synced", name, 1,
                Build.Now.AddMinutes(-minutesAgo), "argocd-application-controller");

        var events = AppEvents.For(app,
        [
            Event("old", "Application", "podinfo", 30),
            Event("other-app", "Application", "grafana", 1),
            Event("same-name-other-kind", "Kustomization", "podinfo", 1),
            Event("new", "Application", "podinfo", 2),
        ]);

        Assert.Equal(["new", "old"], events.Select(e => e.Key.Name));
    }
}
