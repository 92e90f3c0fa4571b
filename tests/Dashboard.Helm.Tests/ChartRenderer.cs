using System.Text.Json.Nodes;
using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>Renders the chart with `helm template` (release "rel", namespace "dashboard") and validates every object.</summary>
/// <param name="chartDirectory">Another copy of the chart (e.g. with a preview template added); null for deploy/helm/dashboard.</param>
public sealed class ChartRenderer(HelmTool helm, string? chartDirectory = null)
{
    public const string ReleaseNamespace = "dashboard";

    public async Task<RenderedChart> RenderAsync(params string[] sets)
    {
        var result = await TryRenderAsync(sets);
        Assert.True(result.ExitCode == 0, $"helm template failed: {result.Error}");
        return await ValidateAsync(result.Output);
    }

    /// <summary>`helm template` without asserting success, for the cases that must be refused.</summary>
    public Task<ProcessResult> TryRenderAsync(params string[] sets)
    {
        List<string> arguments = ["template", "rel", chartDirectory ?? helm.ChartDirectory, "--namespace", ReleaseNamespace, "--kube-version", HelmTool.KubeVersion];
        foreach (var set in sets)
        {
            arguments.Add("--set");
            arguments.Add(set);
        }

        return ChildProcess.RunAsync(helm.HelmPath, arguments, cancellationToken: TestContext.Current.CancellationToken);
    }

    private async Task<RenderedChart> ValidateAsync(string yaml)
    {
        using var temp = new TempDirectory("helm-render");
        var file = temp.File("rendered.yaml");
        await File.WriteAllTextAsync(file, yaml, TestContext.Current.CancellationToken);
        var script = Path.Combine(helm.ToolsDirectory, "validate-manifests.cjs");
        var result = await ChildProcess.RunAsync("node", [script, file], helm.ToolsDirectory, TestContext.Current.CancellationToken);
        Assert.True(result.ExitCode == 0, $"validate-manifests.cjs failed: {result.Error}");
        var report = JsonNode.Parse(result.Output)!.AsObject();
        var objects = report["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var errors = report["errors"]!.AsArray().Select(e => $"{(string?)e!["object"]}: {(string?)e["message"]}").ToList();
        return new RenderedChart(yaml, objects, errors);
    }
}
