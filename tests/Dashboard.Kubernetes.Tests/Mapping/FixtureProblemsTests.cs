using System.Collections.Immutable;
using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Mapping;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Kubernetes.Tests.Mapping;

/// <summary>The mappers and the rules together on every real fixture object, at the fixtures' reference clock.</summary>
public sealed class FixtureProblemsTests
{
    [Fact]
    public void Evaluate_AllFixtureObjects_ReportsTheKnownProblems()
    {
        var items = new List<IClusterItem>();
        foreach (var file in FixtureObjects.CustomResourceFiles)
        {
            foreach (var json in FixtureObjects.All(file))
            {
                var kind = json.GetProperty("kind").GetString();
                var mapper = ResourceMappers.All.Single(m => MapperKindName(m.Kind) == kind);
                items.Add(mapper.Map(FixtureObjects.Cluster, json));
            }
        }

        var snapshot = new ClusterSnapshot(1, items.ToImmutableDictionary(i => i.Key),
            ImmutableDictionary<(string, ResourceKind), KindWatchState>.Empty);
        var report = new ProblemFinder(new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T12:00:00Z"))).Evaluate(snapshot);
        var titles = report.Problems.Select(p => $"{p.Severity} {p.Key?.Name} {p.Title}").ToList();

        Assert.Contains("Critical my-app-4 Degraded", titles);
        Assert.Contains("Warning my-app-4 OutOfSync", titles);
        Assert.Contains("Critical nextcloud Sync failed", titles);
        Assert.Contains("Critical monitoring Reconcile failed: ArtifactFailed", titles);
        Assert.Contains("Critical infrastructure Reconcile failed: HealthCheckFailed", titles);
        Assert.Contains("Critical kube-prometheus-stack Reconcile failed: UpgradeFailed", titles);
        Assert.Contains("Critical cluster-git-error ApplicationSet error: ApplicationGenerationFromParamsError", titles);
        Assert.Contains("Warning homelab-private Fetch failed: GitOperationFailed", titles);
        Assert.Contains("Critical grafana-home-example-com Certificate expires in 4 days", titles);
        Assert.Contains("Warning grafana-home-example-com Renewal overdue", titles);
        Assert.Contains("Critical vaultwarden-home-example-com Certificate expired", titles);
        Assert.Contains("Warning jellyfin-home-example-com Certificate not ready: DoesNotExist", titles);
        Assert.Contains("Critical pvc-1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b Volume faulted", titles);
        Assert.Contains("Warning pvc-9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a Volume degraded", titles);
        Assert.DoesNotContain(titles, t => t.Contains("wildcard", StringComparison.Ordinal) || t.Contains("home-assistant", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("Backup failed", StringComparison.Ordinal)); // a later backup completed
        Assert.DoesNotContain(titles, t => t.Contains("unreadable", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Critical, report.Problems[0].Severity);
        Assert.False(report.AllGreen);
    }

    private static string MapperKindName(ResourceKind kind) => kind switch
    {
        ResourceKind.ArgoApplication => "Application",
        ResourceKind.ArgoApplicationSet => "ApplicationSet",
        ResourceKind.FluxKustomization => "Kustomization",
        ResourceKind.FluxHelmRelease => "HelmRelease",
        ResourceKind.FluxGitRepository => "GitRepository",
        ResourceKind.Certificate => "Certificate",
        ResourceKind.LonghornVolume => "Volume",
        ResourceKind.LonghornBackup => "Backup",
        ResourceKind.Event => "Event",
        ResourceKind.Namespace => "Namespace",
        ResourceKind.Ingress => "Ingress",
        ResourceKind.LonghornReplica => "Replica",
        ResourceKind.LonghornRecurringJob => "RecurringJob",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
