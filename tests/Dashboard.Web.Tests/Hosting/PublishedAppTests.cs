using System.Diagnostics;
using System.Text.RegularExpressions;
using Dashboard.Testing;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// A published app started from another working directory must still serve its static files with
/// content (not 200 with 0 bytes) and keep a relative SQLite path beside the app.
/// </summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly TempDirectory _publish = new("dashboard-publish");
    private readonly TempDirectory _elsewhere = new("dashboard-cwd");

    [Fact]
    public async Task PublishedApp_StartedFromOtherDirectory_ServesStaticAssetsAndKeepsDataBesideApp()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await PublishAsync(cancellationToken);

        var (app, address) = await DashboardProcess.StartAsync(
            Path.Combine(_publish.Path, "Dashboard.Web.dll"), _elsewhere.Path,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, cancellationToken, "--sandbox");
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = address };
            var html = await client.GetStringAsync("/", cancellationToken);
            foreach (var asset in new[] { "css/app", "_content/MudBlazor/MudBlazor.min", "manifest" })
            {
                var href = AssetHref(asset).Match(html).Groups[1].Value;
                Assert.False(string.IsNullOrEmpty(href), $"the page links {asset}");
                var bytes = await client.GetByteArrayAsync(href, cancellationToken);
                Assert.True(bytes.Length > 100, $"{href} was served with {bytes.Length} bytes");
            }

            Assert.True(File.Exists(Path.Combine(_publish.Path, "data", "dashboard.db")), "the default database sits beside the app");
            Assert.False(Directory.Exists(Path.Combine(_elsewhere.Path, "data")), "nothing is written to the working directory");
        }
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", Path.Combine(RepositoryRoot.Path, "src", "Dashboard.Web", "Dashboard.Web.csproj"), "-c", "Release", "-o", _publish.Path, "-nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"dotnet publish failed: {await output}{await errors}");
    }

    private static Regex AssetHref(string prefix) =>
        new($"href=\"({Regex.Escape(prefix)}[^\"]*)\"", RegexOptions.CultureInvariant);

    public void Dispose()
    {
        _publish.Dispose();
        _elsewhere.Dispose();
    }
}
