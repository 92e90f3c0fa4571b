using System.Diagnostics;
using System.Reflection;

namespace Dashboard.Bench.Harness;

/// <summary>Where the repository is, and the published dashboard the scenarios start.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this bench was built in; the dashboard is published from the same build.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>Publishes the already-built dashboard (no build) into artifacts/bench/app and returns its dll.</summary>
    public static async Task<string> PublishAppAsync(CancellationToken cancellationToken)
    {
        var output = Path.Combine(Root, "artifacts", "bench", "app-" + Configuration.ToLowerInvariant());
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "publish", Path.Combine(Root, "src", "Dashboard.Web", "Dashboard.Web.csproj"), "--no-build", "-c", Configuration, "-o", output, "-nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the dashboard failed: {await stdout}{await stderr}");
        }

        return Path.Combine(output, "Dashboard.Web.dll");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
