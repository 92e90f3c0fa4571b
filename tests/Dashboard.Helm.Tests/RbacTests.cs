using Dashboard.Kubernetes.Nudge;
using Dashboard.Kubernetes.Watching;
using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>The rendered RBAC grants exactly what the code uses: reading the watched kinds, and only the optional writes switched on.</summary>
public sealed class RbacTests(HelmTool helm)
{
    private const string NamespacesSetting = "Dashboard__Kubernetes__Namespaces__";

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

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task ClusterRole_Switches_GrantExactlyWhatTheEnabledKindsNeed(bool reconcileNow, bool readTlsSecrets)
    {
        var chart = await _renderer.RenderAsync(Sets(reconcileNow, readTlsSecrets));

        var grants = RbacRules.Of(chart.Single("ClusterRole"));

        Assert.Equal(RbacRules.Describe(Expected(reconcileNow, readTlsSecrets)), RbacRules.Describe(grants));
        Assert.Equal(reconcileNow ? NudgedResources.All.Count : 0, grants.Count(g => g.Value.Contains("patch")));
        Assert.Equal(readTlsSecrets, grants.ContainsKey(RbacRules.Key("networking.k8s.io", "ingresses")));
        Assert.Equal(readTlsSecrets, grants.ContainsKey(RbacRules.Key(string.Empty, "secrets")));
        Assert.Equal(reconcileNow ? "true" : "false", chart.ConfigData["Dashboard__Git__ReconcileNow"]);
        Assert.Equal(readTlsSecrets ? "true" : "false", chart.ConfigData["Dashboard__Kubernetes__ReadTlsSecrets"]);
        Assert.Empty(chart.OfKind("Role"));
    }

    [Fact]
    public async Task ClusterRole_ReadTlsSecrets_GrantsOnlyGetOnSecrets()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ReadTlsSecrets);

        var grants = RbacRules.Of(chart.Single("ClusterRole"));

        Assert.Equal(["get"], grants[RbacRules.Key(string.Empty, "secrets")]);
        Assert.Equal(_read, grants[RbacRules.Key("networking.k8s.io", "ingresses")]);
    }

    [Fact]
    public async Task Roles_ReadTlsSecretsInNamespaces_GrantSecretsOnlyThere()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ReadTlsSecretsInNamespaces);

        // Ingresses are still watched everywhere (cluster scope); only the Secrets move to the listed namespaces.
        var clusterGrants = RbacRules.Of(chart.Single("ClusterRole"));
        Assert.Equal(RbacRules.Describe(Expected(reconcileNow: false, readTlsSecrets: true, fetched: false)), RbacRules.Describe(clusterGrants));
        var roles = chart.OfKind("Role").ToList();
        Assert.Equal(["cert-manager", "home"], roles.Select(RenderedChart.Namespace).Order(StringComparer.Ordinal));
        Assert.All(roles, role => Assert.Equal(["/secrets: get"], RbacRules.Describe(RbacRules.Of(role))));
        Assert.Equal(2, chart.OfKind("RoleBinding").Count(b => (string?)b["roleRef"]!["name"] == "rel-dashboard-tls-secrets"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Roles_NamespacedScope_OneRolePerNamespaceAndAClusterRoleForClusterScopedKinds(bool reconcileNow, bool readTlsSecrets)
    {
        var chart = await _renderer.RenderAsync([.. ValueCombinations.NamespacedRbac, .. Sets(reconcileNow, readTlsSecrets)]);

        var namespaced = Expected(reconcileNow, readTlsSecrets, onlyNamespaced: true);
        var roles = chart.OfKind("Role").ToList();
        Assert.Equal(["argocd", "cert-manager", "flux-system"], roles.Select(RenderedChart.Namespace).Order(StringComparer.Ordinal));
        Assert.All(roles, role => Assert.Equal(RbacRules.Describe(namespaced), RbacRules.Describe(RbacRules.Of(role))));
        Assert.All(chart.OfKind("RoleBinding"), binding =>
        {
            Assert.Equal("ServiceAccount", (string?)binding["subjects"]![0]!["kind"]);
            Assert.Equal(ChartRenderer.ReleaseNamespace, (string?)binding["subjects"]![0]!["namespace"]);
        });

        // Cluster-scoped kinds (Namespaces) cannot be granted by a Role: they get their own small ClusterRole.
        var clusterScoped = Expected(reconcileNow, readTlsSecrets, onlyClusterScoped: true);
        Assert.Contains(RbacRules.Key(string.Empty, "namespaces"), clusterScoped.Keys);
        var clusterRole = chart.Single("ClusterRole", "rel-dashboard-cluster-scoped");
        Assert.Equal(RbacRules.Describe(clusterScoped), RbacRules.Describe(RbacRules.Of(clusterRole)));
        Assert.Equal("rel-dashboard-cluster-scoped", (string?)chart.Single("ClusterRoleBinding")["roleRef"]!["name"]);
    }

    [Fact]
    public async Task ConfigMap_NamespacedScope_AppReadsTheSameNamespacesAsTheRoles()
    {
        var chart = await _renderer.RenderAsync([.. ValueCombinations.NamespacedRbac, .. ValueCombinations.ReadTlsSecrets]);

        var configured = chart.ConfigData
            .Where(p => p.Key.StartsWith(NamespacesSetting, StringComparison.Ordinal))
            .OrderBy(p => int.Parse(p.Key[NamespacesSetting.Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(p => p.Value)
            .ToList();
        var roleNamespaces = chart.OfKind("Role").Select(RenderedChart.Namespace).ToList();
        Assert.Equal(["argocd", "flux-system", "cert-manager"], configured);
        Assert.Equal(configured.Order(StringComparer.Ordinal), roleNamespaces.Order(StringComparer.Ordinal));
        Assert.Equal(chart.OfKind("RoleBinding").Select(RenderedChart.Namespace).Order(StringComparer.Ordinal), roleNamespaces.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConfigMap_ClusterScope_AppReadsAllNamespaces()
    {
        var chart = await _renderer.RenderAsync(ValueCombinations.ReadTlsSecretsInNamespaces);

        Assert.DoesNotContain(chart.ConfigData.Keys, k => k.StartsWith(NamespacesSetting, StringComparison.Ordinal));
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

    private static string[] Sets(bool reconcileNow, bool readTlsSecrets) =>
        [$"git.reconcileNow={(reconcileNow ? "true" : "false")}", $"kubernetes.readTlsSecrets={(readTlsSecrets ? "true" : "false")}"];

    /// <summary>
    /// What the code needs, straight from WatchedKinds.Enabled, WatchedKinds.Fetched and NudgedResources (not from the chart's copy).
    /// <paramref name="fetched"/>: whether the get-only kinds (Secrets) belong in this role (not when rbac.tlsSecretNamespaces moves them).
    /// </summary>
    private static SortedDictionary<string, SortedSet<string>> Expected(
        bool reconcileNow, bool readTlsSecrets, bool onlyNamespaced = false, bool onlyClusterScoped = false, bool fetched = true)
    {
        var options = new WatchOptions { ReadTlsSecrets = readTlsSecrets };
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

        foreach (var type in WatchedKinds.Enabled(options).SelectMany(k => k.Candidates))
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

        // Fetched kinds have one switch today (ReadTlsSecrets); a new switch must be added here and to the chart.
        foreach (var kind in WatchedKinds.Fetched.Where(_ => fetched))
        {
            Assert.Equal(WatchedKinds.ReadTlsSecretsKey, kind.EnabledBy);
            if (readTlsSecrets)
            {
                Grant(kind.Type, kind.Verbs);
            }
        }

        return grants;
    }
}
