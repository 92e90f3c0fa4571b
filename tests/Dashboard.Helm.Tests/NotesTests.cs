using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>
/// NOTES.txt tells how to reach the dashboard and what was granted. `helm template` does not render NOTES, so a copy of
/// the chart renders it through a preview ConfigMap (tpl over the same file, with the same values).
/// </summary>
public sealed class NotesTests(HelmTool helm) : IDisposable
{
    private readonly TempDirectory _copy = CopyWithPreview(helm.ChartDirectory);

    [Fact]
    public async Task Notes_Defaults_PortForwardAndLoginWarning()
    {
        var notes = await RenderNotesAsync();

        Assert.Contains("kubectl -n dashboard port-forward svc/rel-dashboard 8080:80", notes, StringComparison.Ordinal);
        Assert.Contains("WARNING: auth.mode is None", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_CloudflaredSidecar_NamesTheTunnelTarget()
    {
        var notes = await RenderNotesAsync([.. ValueCombinations.CloudflaredSidecar, "auth.mode=CloudflareAccess"]);

        Assert.Contains("http://127.0.0.1:8080", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_OptionalGrants_AreSpelledOut()
    {
        var notes = await RenderNotesAsync([.. ValueCombinations.NamespacedRbac, .. ValueCombinations.ReconcileNow, .. ValueCombinations.ReadTlsSecrets]);

        Assert.Contains("the dashboard reads only the namespaces argocd, flux-system, cert-manager", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("no permission", notes, StringComparison.Ordinal);
        Assert.Contains("RBAC cannot filter by type", notes, StringComparison.Ordinal);
        Assert.Contains("may patch Argo CD Applications", notes, StringComparison.Ordinal);
    }

    public void Dispose() => _copy.Dispose();

    private async Task<string> RenderNotesAsync(params string[] sets)
    {
        var chart = await new ChartRenderer(helm, _copy.Path).RenderAsync(sets);
        return (string?)chart.Single("ConfigMap", "notes-preview")["data"]!["notes"] ?? string.Empty;
    }

    private static TempDirectory CopyWithPreview(string chart)
    {
        var copy = new TempDirectory("helm-notes");
        foreach (var file in Directory.EnumerateFiles(chart, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(chart, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(Path.Combine(chart, "templates", "NOTES.txt"), Path.Combine(copy.Path, "files", "notes.txt"));
        File.WriteAllText(Path.Combine(copy.Path, "templates", "notes-preview.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes-preview\ndata:\n  notes: {{ tpl (.Files.Get \"files/notes.txt\") . | quote }}\n");
        return copy;
    }
}
