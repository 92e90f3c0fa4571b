using Dashboard.Testing.Web;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>/status on a phone (390x844): one screen, no script, light and dark, and how many bytes it costs.</summary>
public sealed class StatusPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(ColorScheme.Light, "status-phone")]
    [InlineData(ColorScheme.Dark, "status-phone-dark")]
    public async Task Status_Phone_OneScreenNoScriptSmall(ColorScheme scheme, string screenshot)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Viewports.Phone,
            IsMobile = true,
            HasTouch = true,
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var console = new ConsoleWatch(page);
        var responses = new List<IResponse>();
        page.Response += (_, response) =>
        {
            lock (responses)
            {
                responses.Add(response);
            }
        };

        // Wait for the watches to be live, as the phone would see the page after its first refresh.
        await WaitUntilLiveAsync(page);

        Assert.Equal(0, await page.HorizontalOverflowAsync());
        Assert.Empty(console.CspViolations);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.False(await page.EvaluateAsync<bool>("() => 'Blazor' in window"));
        var links = await page.Locator("nav a").AllTextContentsAsync();
        Assert.Contains("Apps", links);
        await Screenshots.SaveAsync(page, screenshot);

        var transferred = 0L;
        foreach (var response in responses.ToList())
        {
            var sizes = await response.Request.SizesAsync();
            transferred += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"/status transferred {transferred} bytes in {responses.Count} responses: {string.Join(", ", responses.Select(r => new Uri(r.Url).AbsolutePath))}");
        Assert.InRange(transferred, 1, 16 * 1024);
    }

    private async Task WaitUntilLiveAsync(IPage page)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.GotoAsync(new Uri(_baseAddress, "status").ToString());
            if (await page.GetByTestId("status-freshness").GetAttributeAsync("data-level") is "live" or "partial")
            {
                return;
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The sandbox's watches did not become live within 10 s.");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
