using Bunit;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Authentication;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;

namespace Dashboard.Web.Tests.Components;

/// <summary>Each live page rendered from a hand-filled store.</summary>
public sealed class PageTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly ClusterStore _store;

    public PageTests() => _store = _context.WithDashboardServices();

    [Fact]
    public void Overview_EverythingHealthyAndWatched_SaysAllGreen()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("podinfo"));
        _store.Upsert(Build.Certificate("wildcard", TimeSpan.FromDays(56)));
        _store.Upsert(Build.Volume("data", lastBackupAt: Build.Now.AddHours(-3)));

        var page = _context.Render<Overview>();

        Assert.Equal("All green", page.Find("[data-testid=verdict]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=problems] li"));
    }

    [Fact]
    public void Overview_ProblemsAndStaleWatch_ListsProblemsWorstFirstWithLinks()
    {
        _store.MarkAllWatching();
        _store.SetWatchState(new KindWatchState(Build.Cluster, ResourceKind.LonghornVolume, WatchPhase.Reconnecting, "connection refused", Build.Now.AddMinutes(-2), 3));
        _store.Upsert(Build.App("nextcloud", SyncState.OutOfSync, HealthState.Degraded, message: "one or more objects failed to apply"));
        _store.Upsert(Build.Certificate("grafana", TimeSpan.FromDays(4.75)));

        var page = _context.Render<Overview>();

        Assert.DoesNotContain("All green", page.Find("[data-testid=verdict]").TextContent, StringComparison.Ordinal);
        var links = page.FindAll("[data-testid=problems] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("apps/home/application/argocd/nextcloud", links);
        Assert.Contains("certificates?focus=default/grafana", links);
        Assert.Contains("reconnecting", page.Find("[data-testid=freshness]").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Overview_StoreChangesAfterRender_RerendersWithoutReload()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("podinfo"));
        var page = _context.Render<Overview>();
        Assert.Equal("All green", page.Find("[data-testid=verdict]").TextContent.Trim());

        _store.Upsert(Build.App("podinfo", SyncState.OutOfSync));

        page.WaitForAssertion(() => Assert.Contains("warning", page.Find("[data-testid=verdict]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Apps_SeveralApps_ListsWorstFirstAndFiltersBySearch()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("podinfo"));
        _store.Upsert(Build.App("nextcloud", SyncState.OutOfSync, HealthState.Degraded));
        _store.Upsert(Build.App("grafana", SyncState.OutOfSync));

        var page = _context.Render<Apps>();

        Assert.Equal(["nextcloud", "grafana", "podinfo"], page.FindAll("[data-testid=app-row]").Select(r => r.GetAttribute("data-app")));
        Assert.Equal("3 of 3 apps", page.Find("[data-testid=app-count]").TextContent.Trim());
        Assert.Contains("4f2c1a9", page.Find("[data-testid=app-revision]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=state-Degraded]").Click();

        Assert.Equal(["nextcloud"], page.FindAll("[data-testid=app-row]").Select(r => r.GetAttribute("data-app")));
    }

    [Fact]
    public void Apps_NoApps_SaysSo()
    {
        _store.MarkAllWatching();

        var page = _context.Render<Apps>();

        Assert.Contains("No Argo CD or Flux apps", page.Find("[data-testid=no-apps]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AppDetail_KnownApp_ShowsSourceRevisionAndMessage()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("nextcloud", SyncState.OutOfSync, HealthState.Degraded, message: "one or more objects failed to apply"));

        var page = _context.Render<AppDetail>(p => p
            .Add(x => x.Cluster, "home").Add(x => x.KindSegment, "application").Add(x => x.Namespace, "argocd").Add(x => x.Name, "nextcloud"));

        Assert.Contains("apps/nextcloud", page.Find("[data-testid=app-source]").TextContent, StringComparison.Ordinal);
        Assert.Equal("4f2c1a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a", page.Find("[data-testid=deployed-revision]").TextContent.Trim());
        Assert.Equal("one or more objects failed to apply", page.Find("[data-testid=app-message]").TextContent.Trim());
    }

    [Fact]
    public void AppDetail_OperatorWithHistory_OffersRollbackToEarlierRevisions()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("whoami") with
        {
            History =
            [
                new SyncHistoryEntry(1, "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null, Build.Now.AddDays(-3)),
                new SyncHistoryEntry(2, "4f2c1a9e0b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a", null, Build.Now.AddDays(-1)),
            ],
        });

        var page = _context.Render<AppDetail>(p => p
            .Add(x => x.Cluster, "home").Add(x => x.KindSegment, "application").Add(x => x.Namespace, "argocd").Add(x => x.Name, "whoami"));

        Assert.NotNull(page.Find("[data-testid=app-actions]"));
        Assert.NotNull(page.Find("[data-testid=rollback-preview]"));
        Assert.Contains("Target revision (now main)", page.Find("[data-testid=app-actions]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AppDetail_Viewer_SeesNoActions()
    {
        var auth = _context.AddAuthorization();
        auth.SetAuthorized("victor");
        auth.SetRoles(DashboardRoles.Viewer);
        _store.MarkAllWatching();
        _store.Upsert(Build.App("whoami"));

        var page = _context.Render<AppDetail>(p => p
            .Add(x => x.Cluster, "home").Add(x => x.KindSegment, "application").Add(x => x.Namespace, "argocd").Add(x => x.Name, "whoami"));

        Assert.NotNull(page.Find("[data-testid=app-status]"));
        Assert.Empty(page.FindAll("[data-testid=app-actions]"));
    }

    [Fact]
    public void AppDetail_UnknownApp_SaysItMayHaveBeenDeleted()
    {
        _store.MarkAllWatching();

        var page = _context.Render<AppDetail>(p => p
            .Add(x => x.Cluster, "home").Add(x => x.KindSegment, "application").Add(x => x.Namespace, "argocd").Add(x => x.Name, "gone"));

        Assert.Contains("may have been deleted", page.Find("[data-testid=app-missing]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_MixedExpiry_ExpiredFirstThenByTimeLeftWithColours()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.Certificate("wildcard", TimeSpan.FromDays(56)));
        _store.Upsert(Build.Certificate("grafana", TimeSpan.FromDays(4.75)));
        _store.Upsert(Build.Certificate("vaultwarden", TimeSpan.FromDays(-2), ready: false));
        _store.Upsert(Build.Certificate("internal", TimeSpan.FromDays(20)));

        var page = _context.Render<Certificates>();

        var rows = page.FindAll("[data-testid=certificate-row]");
        Assert.Equal(["vaultwarden", "grafana", "internal", "wildcard"], rows.Select(r => r.GetAttribute("data-certificate")));
        Assert.Contains("status-error", rows[0].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("4 days", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("status-notice", rows[2].InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_RenewalTimePassed_ShowsRenewalOverdue()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.Certificate("grafana", TimeSpan.FromDays(10), renewal: Build.Now.AddDays(-20), failedAttempts: 3));

        var page = _context.Render<Certificates>();

        Assert.Contains("renewal overdue", page.Find("[data-testid=certificate-row]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_TlsSecretsRead_ShowsSecretDatesMismatchPermissionAndPlainSecrets()
    {
        _store.MarkAllWatching();
        var wildcard = Build.Certificate("wildcard", TimeSpan.FromDays(56));
        var grafana = Build.Certificate("grafana", TimeSpan.FromDays(40), ns: "monitoring");
        _store.Upsert(wildcard);
        _store.Upsert(grafana);
        _store.Upsert(Secret("default", "wildcard-tls", wildcard.NotAfter!.Value.AddDays(-60), "Certificate/wildcard"));
        _store.Upsert(new TlsSecretStatus
        {
            Key = new ResourceKey(Build.Cluster, ResourceKind.TlsSecret, "monitoring", "grafana-tls"),
            State = TlsSecretState.Forbidden,
            Message = "no permission to get secrets in monitoring; add RBAC rule: apiGroups [\"\"], resources [secrets], verbs [get]",
            ReferencedBy = ["Certificate/grafana"],
        });
        _store.Upsert(Secret("default", "nas-tls", Build.Now.AddDays(100), "Ingress/nas"));
        _store.Upsert(new NamespaceStatus { Key = new ResourceKey(Build.Cluster, ResourceKind.Namespace, "", "monitoring"), Phase = "Terminating" });

        var page = _context.Render<Certificates>();

        var rows = page.FindAll("[data-testid=certificate-row]").ToDictionary(r => r.GetAttribute("data-certificate")!);
        Assert.Equal(["grafana", "nas-tls", "wildcard"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("secret not rotated", rows["wildcard"].TextContent, StringComparison.Ordinal);
        Assert.Contains("secret " + Format.Timestamp(wildcard.NotAfter!.Value.AddDays(-60)), rows["wildcard"].TextContent, StringComparison.Ordinal);
        Assert.Contains("no permission to get secrets in monitoring", rows["grafana"].TextContent, StringComparison.Ordinal);
        Assert.Contains("namespace terminating", rows["grafana"].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("namespace terminating", rows["wildcard"].TextContent, StringComparison.Ordinal);
        Assert.Contains("TLS secret", rows["nas-tls"].TextContent, StringComparison.Ordinal);
        Assert.Contains("used by Ingress/nas", rows["nas-tls"].TextContent, StringComparison.Ordinal);
        Assert.Contains("100 days", rows["nas-tls"].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Volumes_BackupJobAndReplicas_ShowsJobIntervalHealthyCountAndNodes()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.Volume("with-job", lastBackupAt: Build.Now.AddHours(-8)) with { RecurringJobGroups = ["default"] });
        _store.Upsert(Build.Volume("no-job", lastBackupAt: Build.Now.AddHours(-8)) with { RecurringJobGroups = ["other"] });
        _store.Upsert(new RecurringJobStatus
        {
            Key = new ResourceKey(Build.Cluster, ResourceKind.LonghornRecurringJob, "longhorn-system", "backup-6h"),
            Task = "backup",
            Cron = "0 */6 * * *",
            Groups = ["default"],
        });
        foreach (var (name, node, healthy) in new[] { ("r1", "node-1", true), ("r2", "node-2", true), ("r3", "node-3", false) })
        {
            _store.Upsert(new ReplicaStatus
            {
                Key = new ResourceKey(Build.Cluster, ResourceKind.LonghornReplica, "longhorn-system", name),
                VolumeName = "with-job",
                NodeId = node,
                HealthyAt = Build.Now.AddDays(-1),
                FailedAt = healthy ? null : Build.Now.AddHours(-1),
            });
        }

        var page = _context.Render<Volumes>();

        var rows = page.FindAll("[data-testid=volume-row]").ToDictionary(r => r.GetAttribute("data-volume")!);
        Assert.Contains("job backup-6h, every 6 h", rows["with-job"].TextContent, StringComparison.Ordinal);
        Assert.Contains("late (every 6 h)", rows["with-job"].TextContent, StringComparison.Ordinal);
        Assert.Contains("2/3 on node-1, node-2, node-3", rows["with-job"].TextContent, StringComparison.Ordinal);
        Assert.Contains("no backup job (expected every 1 d)", rows["no-job"].TextContent, StringComparison.Ordinal);
        Assert.Contains("on time (every 1 d)", rows["no-job"].TextContent, StringComparison.Ordinal);
    }

    private static TlsSecretStatus Secret(string ns, string name, DateTimeOffset notAfter, string referencedBy) => new()
    {
        Key = new ResourceKey(Build.Cluster, ResourceKind.TlsSecret, ns, name),
        State = TlsSecretState.Read,
        NotBefore = notAfter.AddDays(-90),
        NotAfter = notAfter,
        Subject = "CN=x",
        Issuer = "CN=R11, O=Let's Encrypt, C=US",
        ReferencedBy = [referencedBy],
        FetchedAt = Build.Now,
    };

    [Fact]
    public void Volumes_FaultedDegradedAndLateBackup_WorstFirst()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.Volume("fresh", lastBackupAt: Build.Now.AddHours(-2)));
        _store.Upsert(Build.Volume("late", lastBackupAt: Build.Now.AddDays(-3)));
        _store.Upsert(Build.Volume("broken", "faulted", "detached"));
        _store.Upsert(Build.Volume("tired", "degraded", lastBackupAt: Build.Now.AddHours(-1)));

        var page = _context.Render<Volumes>();

        var rows = page.FindAll("[data-testid=volume-row]");
        Assert.Equal(["broken", "tired", "late", "fresh"], rows.Select(r => r.GetAttribute("data-volume")));
        Assert.Contains("late (every 1 d)", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("3 GiB / 10 GiB", rows[3].TextContent, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
