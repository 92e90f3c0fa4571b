using System.Text.RegularExpressions;
using Dashboard.Testing.Web;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

public sealed class HomePageTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("phone", ColorScheme.Light)]
    [InlineData("desktop", ColorScheme.Light)]
    [InlineData("phone", ColorScheme.Dark)]
    public async Task Overview_OpenedAtWidth_ShowsSandboxSourceWithoutHorizontalScroll(string viewport, ColorScheme scheme)
    {
        var size = viewport == "phone" ? Viewports.Phone : Viewports.Desktop;
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = size,
            ColorScheme = scheme,
            IsMobile = viewport == "phone",
            HasTouch = viewport == "phone",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(_baseAddress.ToString());
        await page.WaitForBlazorAsync();

        var source = page.GetByTestId("data-source");
        await Assertions.Expect(source).ToContainTextAsync("Sandbox: embedded Kubernetes emulator");
        await Assertions.Expect(page.GetByTestId("cluster-badge")).ToHaveTextAsync("sandbox");
        Assert.Equal(0, await page.HorizontalOverflowAsync());
        var path = await Screenshots.SaveAsync(page, $"overview-{viewport}{(scheme == ColorScheme.Dark ? "-dark" : "")}");
        Assert.True(new FileInfo(path).Length > 5_000, $"screenshot {path} looks empty");
    }

    [Fact]
    public async Task Navigation_OnPhone_DrawerOpensFromMenuAndNavigates()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Viewports.Phone,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseAddress.ToString());
        await page.WaitForBlazorAsync();

        // On a phone the drawer starts closed so the content gets the whole width. Wait until the
        // server has applied the breakpoint, or the click would race it.
        await Assertions.Expect(page.GetByTestId("nav-drawer")).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await Assertions.Expect(page.GetByTestId("nav-certificates")).Not.ToBeInViewportAsync();
        await page.GetByTestId("menu-button").ClickAsync();
        await page.GetByTestId("nav-certificates").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_baseAddress, "certificates").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Certificates");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
