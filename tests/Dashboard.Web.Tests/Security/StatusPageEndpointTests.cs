using System.Net;
using System.Text.Json;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.Security;

/// <summary>/status and the home-screen files over real HTTP, from the sandbox.</summary>
public sealed class StatusPageEndpointTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private HttpClient _client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _client = new HttpClient { BaseAddress = _app.Start() };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Status_Sandbox_SmallHtmlWithoutScriptOrCircuit()
    {
        using var response = await _client.GetAsync("/status", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("data-testid=\"status-verdict\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/css/status.css\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor", html, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(response.Content.Headers.ContentLength ?? html.Length, 200, 8 * 1024);
    }

    [Fact]
    public async Task StatusStylesheet_IsServed()
    {
        using var response = await _client.GetAsync("/css/status.css", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prefers-color-scheme:dark", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_IconsExistWithTheirDeclaredSizes()
    {
        var manifest = JsonDocument.Parse(await _client.GetStringAsync("/manifest.webmanifest", Token)).RootElement;

        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.Equal("/status", manifest.GetProperty("start_url").GetString());
        Assert.False(string.IsNullOrEmpty(manifest.GetProperty("theme_color").GetString()));
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192");
        Assert.Contains(icons, i => i.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            using var response = await _client.GetAsync("/" + icon.GetProperty("src").GetString(), Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), response.Content.Headers.ContentType?.MediaType);
            if (icon.GetProperty("type").GetString() == "image/png")
            {
                var png = await response.Content.ReadAsByteArrayAsync(Token);
                Assert.Equal(icon.GetProperty("sizes").GetString(), $"{ReadInt(png, 16)}x{ReadInt(png, 20)}");
            }
        }
    }

    [Fact]
    public async Task Page_LinksAppleTouchIcon()
    {
        var html = await _client.GetStringAsync("/", Token);

        Assert.Matches("<link rel=\"apple-touch-icon\" href=\"icons/apple-touch-icon[^\"]*\\.png\"", html);
        Assert.DoesNotContain("importmap", html, StringComparison.Ordinal);
        using var icon = await _client.GetAsync("/icons/apple-touch-icon.png", Token);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
    }

    // PNG IHDR: width and height as big-endian integers at bytes 16 and 20.
    private static int ReadInt(byte[] png, int offset) => (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
