using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>Renders the chart with `helm template` (release "rel", namespace "dashboard") and validates every object.</summary>
/// <param name="chartDirectory">Another copy of the chart (e.g. with a preview template added); null for deploy/helm/dashboard.</param>
public sealed class ChartRenderer(HelmTool helm, string? chartDirectory = null)
{
    public const string ReleaseNamespace = "dashboard";

    /// <summary>helm + validator output of the real chart, shared by every test asking for the same values; each test parses its own copy.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<Task<(string Yaml, string Report)>>> _cache = new(StringComparer.Ordinal);

    public async Task<RenderedChart> RenderAsync(params string[] sets)
    {
        // A shared render is not bound to one test's cancellation token, so that it cannot fail the others waiting for it.
        var (yaml, report) = chartDirectory is null
            ? await _cache.GetOrAdd(string.Join('\n', sets), _ => new Lazy<Task<(string, string)>>(() => RenderAndValidateAsync(sets, CancellationToken.None))).Value
            : await RenderAndValidateAsync(sets, TestContext.Current.CancellationToken);
        var parsed = JsonNode.Parse(report)!.AsObject();
        var objects = parsed["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var errors = parsed["errors"]!.AsArray().Select(e => $"{(string?)e!["object"]}: {(string?)e["message"]}").ToList();
        return new RenderedChart(yaml, objects, errors);
    }

    private async Task<(string Yaml, string Report)> RenderAndValidateAsync(string[] sets, CancellationToken cancellationToken)
    {
        var result = await RunHelmAsync(sets, cancellationToken);
        Assert.True(result.ExitCode == 0, $"helm template failed: {result.Error}");
        return (result.Output, await ValidateAsync(result.Output, cancellationToken));
    }

    /// <summary>`helm template` without asserting success, for the cases that must be refused.</summary>
    public Task<ProcessResult> TryRenderAsync(params string[] sets) => RunHelmAsync(sets, TestContext.Current.CancellationToken);

    private Task<ProcessResult> RunHelmAsync(string[] sets, CancellationToken cancellationToken)
    {
        List<string> arguments = ["template", "rel", chartDirectory ?? helm.ChartDirectory, "--namespace", ReleaseNamespace, "--kube-version", HelmTool.KubeVersion];
        foreach (var set in sets)
        {
            arguments.Add("--set");
            arguments.Add(set);
        }

        return ChildProcess.RunAsync(helm.HelmPath, arguments, cancellationToken: cancellationToken);
    }

    /// <summary>The validator's JSON report: {objects, errors}.</summary>
    private async Task<string> ValidateAsync(string yaml, CancellationToken cancellationToken)
    {
        using var temp = new TempDirectory("helm-render");
        var file = temp.File("rendered.yaml");
        await File.WriteAllTextAsync(file, yaml, cancellationToken);
        var script = Path.Combine(helm.ToolsDirectory, "validate-manifests.cjs");
        var result = await ChildProcess.RunAsync("node", [script, file], helm.ToolsDirectory, cancellationToken);
        Assert.True(result.ExitCode == 0, $"validate-manifests.cjs failed: {result.Error}");
        return result.Output;
    }
}
