using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Tests.Kubernetes;

/// <summary>The real kubectl (1.32) against the emulator: get, get -w, patch --type=merge.</summary>
public sealed class KubectlTests
{
    [Fact]
    public async Task Kubectl_GetApplicationsAllNamespaces_PrintsPrinterColumns()
    {
        await using var world = await StartWorldAsync();
        var (code, output, error) = await RunAsync(world, "get", "applications", "-A");
        Assert.True(code == 0, error);
        Assert.Contains("SYNC STATUS", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.Contains("home-assistant", StringComparison.Ordinal) && l.Contains("Synced", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kubectl_GetWatch_PrintsChangeMadeThroughStore()
    {
        await using var world = await StartWorldAsync();
        using var process = Start(world, "get", "applications", "-A", "-w");
        try
        {
            await ReadUntilAsync(process, l => l.Contains("home-assistant", StringComparison.Ordinal));
            var type = world.Kubernetes.Registry.Require("argoproj.io", "applications");
            world.Kubernetes.Store.Patch(type, "argocd", "home-assistant", (JsonObject)JsonNode.Parse("""{"status":{"sync":{"status":"OutOfSync"}}}""")!);
            var line = await ReadUntilAsync(process, l => l.Contains("home-assistant", StringComparison.Ordinal) && l.Contains("OutOfSync", StringComparison.Ordinal));
            Assert.Contains("OutOfSync", line, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Kubectl_PatchMerge_ChangesTheObject()
    {
        await using var world = await StartWorldAsync();
        var (code, output, error) = await RunAsync(world, "patch", "application", "home-assistant", "-n", "argocd", "--type=merge", "-p", """{"metadata":{"labels":{"patched-by":"kubectl"}}}""");
        Assert.True(code == 0, error);
        Assert.Contains("application.argoproj.io/home-assistant patched", output, StringComparison.Ordinal);
        var type = world.Kubernetes.Registry.Require("argoproj.io", "applications");
        Assert.Equal("kubectl", world.Kubernetes.Store.Get(type, "argocd", "home-assistant")!["metadata"]!["labels"]!["patched-by"]!.GetValue<string>());
    }

    private static Task<SandboxWorld> StartWorldAsync() =>
        SandboxWorld.StartAsync(new SandboxWorldOptions { StartLife = false }, null, TestContext.Current.CancellationToken);

    private static string Kubectl()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "kubectl"))
            .FirstOrDefault(File.Exists);
        Assert.True(found is not null, "kubectl is not on PATH. These tests need the real kubectl 1.32 (the repository's test command installs it; locally: install kubectl and put it on PATH).");
        return found!;
    }

    private static Process Start(SandboxWorld world, params string[] args)
    {
        var info = new ProcessStartInfo(Kubectl())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--kubeconfig");
        info.ArgumentList.Add(world.KubeconfigPath);
        info.ArgumentList.Add("--cache-dir");
        info.ArgumentList.Add(Path.Combine(world.Directory, "kube-cache"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(SandboxWorld world, params string[] args)
    {
        using var process = Start(world, args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static async Task<string> ReadUntilAsync(Process process, Func<string, bool> predicate)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (predicate(line))
            {
                return line;
            }
        }

        throw new InvalidOperationException("kubectl ended before printing the expected line: " + await process.StandardError.ReadToEndAsync(timeout.Token));
    }
}
