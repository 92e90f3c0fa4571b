using System.Diagnostics;
using Dashboard.Testing;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>Starts the real published-style process, because a start-up failure ends the process.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly TempDirectory _home = new("dashboard-home");

    [Fact]
    public async Task Start_BadValuesAndUnknownKey_ExitsNamingEveryKey()
    {
        var (exitCode, stderr) = await RunAsync(
            "--sandbox",
            "--Dashboard:Kubernetes:WatchTimeoutSeconds=soon",
            "--Dashboard:History:RetentionDays=0",
            "--Dashboard:Kubernets:Clusters:0:Name=typo");

        Assert.Equal(2, exitCode);
        Assert.Contains("Dashboard:Kubernetes:WatchTimeoutSeconds: 'soon' is not a valid whole number", stderr, StringComparison.Ordinal);
        Assert.Contains("Dashboard:Kubernets: unknown setting; did you mean Dashboard:Kubernetes?", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ValueOutOfRange_ExitsNamingTheKey()
    {
        var (exitCode, stderr) = await RunAsync("--sandbox", "--Dashboard:History:RetentionDays=0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Dashboard:History:RetentionDays: must be at least 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoClusterAndNoSandbox_ExitsSuggestingSandbox()
    {
        var (exitCode, stderr) = await RunAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("No Kubernetes cluster is configured", stderr, StringComparison.Ordinal);
        Assert.Contains("Dashboard:Kubernetes:Clusters:0:KubeconfigPath", stderr, StringComparison.Ordinal);
        Assert.Contains("--sandbox", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnreachableCluster_ExitsNamingServerAndContext()
    {
        var kubeconfig = _home.File("kubeconfig");
        // Port 9 (discard) on loopback refuses connections at once.
        await File.WriteAllTextAsync(kubeconfig, """
            apiVersion: v1
            kind: Config
            current-context: homelab
            clusters:
            - name: homelab
              cluster:
                server: https://127.0.0.1:9
            contexts:
            - name: homelab
              context:
                cluster: homelab
                user: me
            users:
            - name: me
              user:
                token: abc
            """, TestContext.Current.CancellationToken);

        var (exitCode, stderr) = await RunAsync($"--Dashboard:Kubernetes:Clusters:0:KubeconfigPath={kubeconfig}");

        Assert.Equal(2, exitCode);
        Assert.Contains("No configured Kubernetes cluster can be reached", stderr, StringComparison.Ordinal);
        Assert.Contains("https://127.0.0.1:9", stderr, StringComparison.Ordinal);
        Assert.Contains("context homelab", stderr, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add($"--Dashboard:Data:Path={_home.File("dashboard.db")}");
        // A clean environment: no kubeconfig, not in a pod.
        start.Environment["HOME"] = _home.Path;
        start.Environment.Remove("KUBECONFIG");
        start.Environment.Remove("KUBERNETES_SERVICE_HOST");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The dashboard did not stop on a start-up error. Output: " + await stdout);
        }

        return (process.ExitCode, await stderr);
    }

    public void Dispose() => _home.Dispose();
}
