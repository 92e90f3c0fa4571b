using Dashboard.Kubernetes.Nudge;
using Dashboard.Kubernetes.Watching;
using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>The rendered RBAC grants exactly what the code uses: reading the watched kinds, and only the optional writes switched on.</summary>
public sealed class RbacTests(HelmTool helm)
{
    private static readonly string[] _read = ["get", "list", "watch"];

    private readonly ChartRenderer _renderer = new(helm);

    [Fact]
    public void RbacResourcesFile_InChart_MatchesTheCode()
    {
        var path = Path.Combine(RepositoryRoot.Path, RbacResourcesFile.RelativePath);
        var generated = RbacResourcesFile.Generate();
        if (Environment.GetEnvironmentVariable(RbacResourcesFile.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.ReadAllText(path) == generated,
            $"{RbacResourcesFile.RelativePath} is out of date with WatchedKinds/NudgedResources: run " +
            $"`{RbacResourcesFile.UpdateVariable}=1 dotnet test --project tests/Dashboard.Helm.Tests` and commit the file.");
    }

    [Fact]
    public async Task ClusterRole_Defaults_ReadsExactlyTheWatchedKinds()
    {
        var chart = await _renderer.RenderAsync();

        var grants = RbacRules.Of(chart.Single("ClusterRole"));

        Assert.Equal(RbacRules.Describe(Expected(reconcileNow: false, secrets: false)), RbacRules.Describe(grants));
        Assert.DoesNotContain("/secrets", grants.Keys);
    }

    [Fact]
    public async Task ClusterRole_ReconcileNow_AddsPatchOnTheNudgedKindsOnly()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ReconcileNow);

        var grants = RbacRules.Of(chart.Single("ClusterRole"));

        Assert.Equal(RbacRules.Describe(Expected(reconcileNow: true, secrets: false)), RbacRules.Describe(grants));
        Assert.Equal(NudgedResources.All.Count, grants.Count(g => g.Value.Contains("patch")));
        Assert.Equal("true", chart.ConfigData["Dashboard__Git__ReconcileNow"]);
    }

    [Fact]
    public async Task ClusterRole_ReadTlsSecrets_AddsGetOnSecretsOnly()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ReadTlsSecrets);

        var grants = RbacRules.Of(chart.Single("ClusterRole"));

        Assert.Equal(RbacRules.Describe(Expected(reconcileNow: false, secrets: true)), RbacRules.Describe(grants));
        Assert.Equal(["get"], grants[RbacRules.Key(string.Empty, "secrets")]);
        Assert.Equal("true", chart.ConfigData["Dashboard__Kubernetes__ReadTlsSecrets"]);
        Assert.Empty(chart.OfKind("Role"));
    }

    [Fact]
    public async Task Roles_ReadTlsSecretsInNamespaces_GrantSecretsOnlyThere()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ReadTlsSecretsInNamespaces);

        Assert.DoesNotContain(RbacRules.Key(string.Empty, "secrets"), RbacRules.Of(chart.Single("ClusterRole")).Keys);
        var roles = chart.OfKind("Role").ToList();
        Assert.Equal(["cert-manager", "home"], roles.Select(RenderedChart.Namespace).Order(StringComparer.Ordinal));
        Assert.All(roles, role => Assert.Equal(["/secrets: get"], RbacRules.Describe(RbacRules.Of(role))));
        Assert.Equal(2, chart.OfKind("RoleBinding").Count(b => (string?)b["roleRef"]!["name"] == "rel-dashboard-tls-secrets"));
    }

    [Fact]
    public async Task Roles_NamespacedScope_OneRolePerNamespaceWithTheSameRules()
    {
        var chart = await _renderer.RenderAsync([.. ValueCombinations.NamespacedRbac, .. ValueCombinations.ReconcileNow, .. ValueCombinations.ReadTlsSecrets]);

        var namespaced = Expected(reconcileNow: true, secrets: true, onlyNamespaced: true);
        var roles = chart.OfKind("Role").ToList();
        Assert.Equal(["argocd", "cert-manager", "flux-system"], roles.Select(RenderedChart.Namespace).Order(StringComparer.Ordinal));
        Assert.All(roles, role => Assert.Equal(RbacRules.Describe(namespaced), RbacRules.Describe(RbacRules.Of(role))));
        Assert.All(chart.OfKind("RoleBinding"), binding =>
        {
            Assert.Equal("ServiceAccount", (string?)binding["subjects"]![0]!["kind"]);
            Assert.Equal(ChartRenderer.ReleaseNamespace, (string?)binding["subjects"]![0]!["namespace"]);
        });

        // Cluster-scoped kinds (none today; Namespaces soon) cannot be granted by a Role: they get their own small ClusterRole.
        var clusterScoped = Expected(reconcileNow: true, secrets: false, onlyClusterScoped: true);
        var clusterRoles = chart.OfKind("ClusterRole").ToList();
        if (clusterScoped.Count == 0)
        {
            Assert.Empty(clusterRoles);
        }
        else
        {
            Assert.Equal(RbacRules.Describe(clusterScoped), RbacRules.Describe(RbacRules.Of(Assert.Single(clusterRoles))));
        }
    }

    [Fact]
    public async Task ClusterRoleBinding_Defaults_BindsTheChartsServiceAccount()
    {
        var chart = await _renderer.RenderAsync();

        var binding = chart.Single("ClusterRoleBinding");
        var account = chart.Single("ServiceAccount");
        Assert.Equal(RenderedChart.Name(account), (string?)binding["subjects"]![0]!["name"]);
        Assert.Equal(RenderedChart.Name(account), (string?)chart.Dashboard["spec"]!["template"]!["spec"]!["serviceAccountName"]);
        Assert.Equal("rel-dashboard", (string?)binding["roleRef"]!["name"]);
    }

    [Fact]
    public async Task Rbac_CreateFalse_RendersNoRbac()
    {
        var chart = await _renderer.RenderAsync("rbac.create=false", "kubernetes.readTlsSecrets=true", "rbac.tlsSecretNamespaces={home}");

        Assert.Empty(chart.OfKind("ClusterRole"));
        Assert.Empty(chart.OfKind("Role"));
        Assert.Empty(chart.OfKind("RoleBinding"));
    }

    /// <summary>What the code needs, straight from WatchedKinds and NudgedResources (not from the chart's copy).</summary>
    private static SortedDictionary<string, SortedSet<string>> Expected(bool reconcileNow, bool secrets, bool onlyNamespaced = false, bool onlyClusterScoped = false)
    {
        var grants = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Grant(ResourceType type, IEnumerable<string> verbs)
        {
            if ((onlyNamespaced && !type.Namespaced) || (onlyClusterScoped && type.Namespaced))
            {
                return;
            }

            var key = RbacRules.Key(type.Group, type.Plural);
            if (!grants.TryGetValue(key, out var set))
            {
                grants[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(verbs);
        }

        foreach (var type in WatchedKinds.All.SelectMany(k => k.Candidates))
        {
            Grant(type, _read);
        }

        if (reconcileNow)
        {
            foreach (var type in NudgedResources.All)
            {
                Grant(type, ["patch"]);
            }
        }

        if (secrets && !onlyClusterScoped)
        {
            Grant(new ResourceType(default, string.Empty, "v1", "secrets", "Secret", Namespaced: true), ["get"]);
        }

        return grants;
    }
}
