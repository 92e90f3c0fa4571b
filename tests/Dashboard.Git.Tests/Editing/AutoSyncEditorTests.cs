using Dashboard.Git.Editing;
using Dashboard.Testing;

namespace Dashboard.Git.Tests.Editing;

/// <summary>Pause/resume auto-sync on the real Flux and Argo CD manifests of fixtures/gitops/real.</summary>
public sealed class AutoSyncEditorTests
{
    [Theory]
    [InlineData("billimek__k8s-gitops/kubernetes/default/mosquitto/mosquitto.yaml", true)]
    [InlineData("billimek__k8s-gitops/kubernetes/default/frigate/frigate.yaml", false)]
    [InlineData("billimek__k8s-gitops/kubernetes/kube-system/generic-device-plugin/generic-device-plugin.yaml", false)]
    public void SetFluxSuspend_ExistingKey_FlipsOnlyThatValue(string file, bool current)
    {
        var text = Read(file);

        var same = AutoSyncEditor.SetFluxSuspend(text, null, current);
        var flipped = AutoSyncEditor.SetFluxSuspend(text, null, !current);

        Assert.False(same.Changed);
        Assert.Same(text, same.Text);
        Assert.True(flipped.Changed);
        Assert.Equal(ChangedLines(text, flipped.Text), [(current ? "  suspend: true" : "  suspend: false", current ? "  suspend: false" : "  suspend: true")]);
        Assert.Equal(text, AutoSyncEditor.SetFluxSuspend(flipped.Text, null, current).Text);
    }

    [Theory]
    [InlineData("fluxcd__flux2-kustomize-helm-example/clusters/staging/apps.yaml", 0)]
    [InlineData("fluxcd__flux2-kustomize-helm-example/clusters/production/infrastructure.yaml", 1)]
    [InlineData("fluxcd__flux2-multi-tenancy/clusters/production/infrastructure.yaml", 1)]
    [InlineData("bjw-s__home-ops/kubernetes/main/apps/media/plex/ks.yaml", 2)]
    public void SetFluxSuspend_MissingKey_InsertsOneLineUnderSpecWithTheFileIndent(string file, int document)
    {
        var text = Read(file);
        var selector = YamlDocumentSelector.At(document);

        var paused = AutoSyncEditor.SetFluxSuspend(text, selector, true);

        Assert.True(paused.Changed);
        var added = Assert.Single(AddedLines(text, paused.Text));
        Assert.Equal("  suspend: true", added);
        Assert.Equal("true", YamlScalarEditor.Read(paused.Text, "spec.suspend", selector).Value);
        Assert.False(AutoSyncEditor.SetFluxSuspend(paused.Text, selector, true).Changed);
        Assert.False(AutoSyncEditor.SetFluxSuspend(text, selector, false).Changed);
        var resumed = AutoSyncEditor.SetFluxSuspend(paused.Text, selector, false);
        Assert.Equal(paused.Text.Replace("  suspend: true", "  suspend: false", StringComparison.Ordinal), resumed.Text);
    }

    [Fact]
    public void SetFluxSuspend_ByKindAndName_PicksTheNamedKustomization()
    {
        var text = Read("fluxcd__flux2-kustomize-helm-example/clusters/production/infrastructure.yaml");

        var paused = AutoSyncEditor.SetFluxSuspend(text, YamlDocumentSelector.ByKind("Kustomization", "infra-configs"), true);

        Assert.Equal("true", YamlScalarEditor.Read(paused.Text, "spec.suspend", YamlDocumentSelector.ByKind("Kustomization", "infra-configs")).Value);
        Assert.Throws<YamlEditException>(() => YamlScalarEditor.Read(paused.Text, "spec.suspend", YamlDocumentSelector.ByKind("Kustomization", "infra-controllers")));
    }

    [Fact]
    public void SetFluxSuspend_SeveralObjectsAndNoSelector_IsAmbiguous()
    {
        var text = Read("bjw-s__home-ops/kubernetes/main/apps/media/plex/ks.yaml");

        var error = Assert.Throws<YamlEditException>(() => AutoSyncEditor.SetFluxSuspend(text, null, true));

        Assert.Equal(YamlEditErrorKind.AmbiguousDocument, error.Kind);
    }

    [Fact]
    public void SetFluxSuspend_CrlfFile_InsertsACrlfLine()
    {
        const string text = "apiVersion: kustomize.toolkit.fluxcd.io/v1\r\nkind: Kustomization\r\nspec:\r\n    # every ten minutes\r\n    interval: 10m\r\n";

        var paused = AutoSyncEditor.SetFluxSuspend(text, null, true);

        Assert.Equal("apiVersion: kustomize.toolkit.fluxcd.io/v1\r\nkind: Kustomization\r\nspec:\r\n    suspend: true\r\n    # every ten minutes\r\n    interval: 10m\r\n", paused.Text);
    }

    [Theory]
    [InlineData("ricsanfre__pi-cluster/argocd/bootstrap/argocd/base/root-app.yaml", "spec")]
    [InlineData("ricsanfre__pi-cluster/argocd/bootstrap/infra/base/apps/cert-manager-app.yaml", "spec")]
    [InlineData("pablodelarco__kubernetes-homelab/argocd-apps/app-of-apps.yaml", "spec")]
    [InlineData("pablodelarco__kubernetes-homelab/argocd-apps/n8n.yaml", "spec")]
    [InlineData("argoproj__argo-cd/docs/operator-manual/application.yaml", "spec")]
    [InlineData("theepicsaxguy__homelab/k8s/infrastructure/application-set.yaml", "spec.template.spec")]
    public void SetArgoAutomatedSync_Disable_RemovesTheWholeBlockAndEnableAddsItBack(string file, string specPath)
    {
        var text = Read(file);
        var firstChild = YamlScalarEditor.Read(text, specPath + ".syncPolicy.automated." + (text.Contains("enabled: true", StringComparison.Ordinal) ? "enabled" : "selfHeal"));

        var disabled = AutoSyncEditor.SetArgoAutomatedSync(text, null, enabled: false);

        Assert.True(disabled.Changed);
        var removed = RemovedLines(text, disabled.Text);
        Assert.Matches(@"^\s+automated:", removed[0]);
        Assert.True(removed.Count >= 3);
        Assert.Contains(firstChild.Raw, string.Join('\n', removed), StringComparison.Ordinal);
        Assert.All(removed.Skip(1), line => Assert.True(line.TrimStart().Length == 0 || Indent(line) > Indent(removed[0]), line));
        Assert.False(AutoSyncEditor.SetArgoAutomatedSync(disabled.Text, null, enabled: false).Changed);
        Assert.Equal(text.EndsWith('\n'), disabled.Text.EndsWith('\n'));
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Read(disabled.Text, specPath + ".syncPolicy.automated"));
        Assert.Equal(YamlEditErrorKind.LocatorNotFound, error.Kind);

        var enabled = AutoSyncEditor.SetArgoAutomatedSync(disabled.Text, null, enabled: true);

        Assert.True(enabled.Changed);
        var added = AddedLines(disabled.Text, enabled.Text);
        Assert.Equal(3, added.Count);
        Assert.Equal(Indent(removed[0]), Indent(added[0]));
        Assert.Equal("automated:", added[0].Trim());
        Assert.Equal("true", YamlScalarEditor.Read(enabled.Text, specPath + ".syncPolicy.automated.prune").Value);
        Assert.Equal("true", YamlScalarEditor.Read(enabled.Text, specPath + ".syncPolicy.automated.selfHeal").Value);
        Assert.False(AutoSyncEditor.SetArgoAutomatedSync(text, null, enabled: true).Changed);
    }

    [Fact]
    public void SetArgoAutomatedSync_EnabledFalse_FlipsTheFlagInsteadOfAddingABlock()
    {
        const string text = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  syncPolicy:\n    automated:\n      enabled: false # paused\n";

        var result = AutoSyncEditor.SetArgoAutomatedSync(text, null, enabled: true);

        Assert.Equal(text.Replace("enabled: false", "enabled: true", StringComparison.Ordinal), result.Text);
        Assert.False(AutoSyncEditor.SetArgoAutomatedSync(text, null, enabled: false).Changed);
    }

    [Fact]
    public void SetArgoAutomatedSync_NoSyncPolicy_AppendsOneUnderSpecWithTheFileIndent()
    {
        const string text = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n    project: default\n    source:\n        path: app\n# trailing comment";

        var result = AutoSyncEditor.SetArgoAutomatedSync(text, null, enabled: true, prune: false);

        Assert.Equal(
            "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n    project: default\n    source:\n        path: app\n    syncPolicy:\n        automated:\n            prune: false\n            selfHeal: true\n# trailing comment",
            result.Text);
    }

    [Fact]
    public void SetArgoAutomatedSync_FlowStyleBlock_IsRemovedOnItsLine()
    {
        const string text = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  syncPolicy:\n    automated: {prune: true, selfHeal: true}  # on\n    syncOptions: [CreateNamespace=true]\n";

        var result = AutoSyncEditor.SetArgoAutomatedSync(text, null, enabled: false);

        Assert.Equal("apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  syncPolicy:\n    syncOptions: [CreateNamespace=true]\n", result.Text);
    }

    private static string Read(string file) => File.ReadAllText(Fixtures.GitOps(Path.Combine("real", file)));

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static List<(string Before, string After)> ChangedLines(string before, string after) =>
        before.Split('\n').Zip(after.Split('\n')).Where(p => p.First != p.Second).ToList();

    /// <summary>Lines of <paramref name="after"/> that are not in <paramref name="before"/>, checking the rest is the same text in order.</summary>
    private static List<string> AddedLines(string before, string after) => RemovedLines(after, before);

    private static List<string> RemovedLines(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < Math.Min(a.Length, b.Length) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < Math.Min(a.Length, b.Length) - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        Assert.Equal(prefix + suffix, b.Length);
        return a[prefix..^suffix].ToList();
    }
}
