using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dashboard.Testing;
using Dashboard.Testing.Web;
using Dashboard.Web.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>Mode None: the local owner on loopback; refused on an address other machines reach unless allowed on purpose.</summary>
public sealed class NoneModeTests : IDisposable
{
    private readonly TempDirectory _home = new("dashboard-none");

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("+")]
    public async Task Start_NoneOnWildcardAddress_ExitsNamingBothWaysOut(string host)
    {
        var (exitCode, stderr) = await RunUntilExitAsync($"--urls=http://{host}:{FreePort()}", "--sandbox");

        Assert.Equal(2, exitCode);
        Assert.Contains("Dashboard:Auth:Mode is None", stderr, StringComparison.Ordinal);
        Assert.Contains("set Dashboard:Auth:Mode to OpenIdConnect or CloudflareAccess", stderr, StringComparison.Ordinal);
        Assert.Contains("Dashboard:Auth:AllowAnonymous=true", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoneOnWildcardWithAllowAnonymous_ServesTheLocalUser()
    {
        var port = FreePort();
        var output = new StringBuilder();
        using var process = Start(output, $"--urls=http://0.0.0.0:{port}", "--sandbox", "--Dashboard:Auth:AllowAnonymous=true");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            var me = await PollAsync(client, "auth/me", process, output);

            Assert.Equal(LocalUserAuthenticationHandler.UserName, me.GetProperty("name").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Me_NoneOnLoopback_IsLocalOperatorAndAdmin()
    {
        await using var app = new DashboardAppFactory();
        using var client = new HttpClient { BaseAddress = app.Start() };

        var me = JsonDocument.Parse(await client.GetStringAsync("/auth/me", TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("local", me.GetProperty("name").GetString());
        Assert.Equal(["Viewer", "Operator", "Admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Logout_NoneOnLoopback_SessionKeysPersistedOnDataVolume()
    {
        await using var app = new DashboardAppFactory();
        using var client = new HttpClient { BaseAddress = app.Start() };

        // The sign-out confirmation issues an antiforgery token, which needs the data-protection key ring.
        var page = await client.GetStringAsync("/auth/logout", TestContext.Current.CancellationToken);

        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);
        var keys = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "keys");
        Assert.Equal(keys, DashboardAuthenticationExtensions.KeysDirectory(app.DatabasePath));
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }

    [Fact]
    public async Task Me_NoneOnInMemoryTestServer_IsLocalUser()
    {
        // Nothing listens on a network with ASP.NET's TestServer, so the loopback rule has nothing to refuse.
        using var data = new TempDirectory("dashboard-testserver");
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Dashboard:Sandbox", "true")
            .UseSetting("Dashboard:Data:Path", data.File("dashboard.db")));
        using var client = app.CreateClient();

        var me = JsonDocument.Parse(await client.GetStringAsync("/auth/me", TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("local", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Logout_PostWithoutAntiforgeryToken_Refused()
    {
        await using var app = new DashboardAppFactory();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Start() };

        var response = await client.PostAsync("/auth/logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Process Start(StringBuilder output, params string[] args) => Start(output, output, args);

    private Process Start(StringBuilder output, StringBuilder errors, params string[] args)
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

        start.ArgumentList.Add($"--Dashboard:Data:Path={_home.File("dashboard.db")}");
        start.Environment["HOME"] = _home.Path;
        start.Environment.Remove("KUBECONFIG");
        start.Environment.Remove("KUBERNETES_SERVICE_HOST");
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task<(int ExitCode, string Stderr)> RunUntilExitAsync(params string[] args)
    {
        var output = new StringBuilder();
        var errors = new StringBuilder();
        using var process = Start(output, errors, args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The dashboard did not stop although it listens on a wildcard address without login. Output: " + output);
        }

        // WaitForExit without a timeout also waits for the redirected streams to be drained.
        process.WaitForExit();
        lock (errors)
        {
            return (process.ExitCode, errors.ToString());
        }
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string path, Process process, StringBuilder output)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The dashboard exited with {process.ExitCode}: {output}");
            }

            try
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The dashboard did not answer {path} within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _home.Dispose();
}
