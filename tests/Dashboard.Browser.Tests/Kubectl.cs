using System.Diagnostics;

namespace Dashboard.Browser.Tests;

/// <summary>Runs the real kubectl against the sandbox's Kubernetes emulator, as a user would.</summary>
public static class Kubectl
{
    public static async Task RunAsync(string kubeconfig, params string[] args)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add($"--kubeconfig={kubeconfig}");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("kubectl is not on the PATH; ./test.sh installs it (apt package kubernetes-client).", ex);
        }

        using (process)
        {
            var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"kubectl {string.Join(' ', args)} failed: {error}");
        }
    }
}
