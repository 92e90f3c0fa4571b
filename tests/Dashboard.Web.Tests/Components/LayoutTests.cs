using Bunit;
using Dashboard.Core.Cluster;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Tests.Components;

public sealed class LayoutTests : IAsyncDisposable
{
    private static readonly ClusterConnectionInfo Sandbox = new("sandbox", ConnectionKind.Sandbox, "http://127.0.0.1:1234", "sandbox");
    private readonly BunitContext _context = new();

    public LayoutTests() => _context.WithDashboardServices(Sandbox);

    [Fact]
    public void NavMenu_Rendered_LinksEveryPageInOrder()
    {
        var menu = _context.Render<NavMenu>();

        var links = menu.FindAll("a");
        Assert.Equal(["Overview", "Apps", "Commits", "Certificates", "Volumes", "Activity", "Notifications"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["", "apps", "commits", "certificates", "volumes", "activity", "notifications"], links.Select(a => a.GetAttribute("href") ?? ""));
    }

    [Fact]
    public void MainLayout_Rendered_HasAppBarDrawerAndBody()
    {
        var layout = _context.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"body\">page</p>"))));

        Assert.NotNull(layout.Find("header.mud-appbar"));
        Assert.NotNull(layout.Find("[data-testid=nav-drawer]"));
        Assert.NotNull(layout.Find("[data-testid=menu-button]"));
        Assert.Equal("page", layout.Find("#body").TextContent);
        Assert.Equal("sandbox", layout.Find("[data-testid=cluster-badge]").TextContent.Trim());
    }

    [Fact]
    public void MainLayout_MenuButtonClicked_TogglesDrawer()
    {
        var layout = _context.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));
        var openBefore = layout.Find("[data-testid=nav-drawer]").ClassList.Contains("mud-drawer--open");

        layout.Find("[data-testid=menu-button]").Click();

        Assert.NotEqual(openBefore, layout.Find("[data-testid=nav-drawer]").ClassList.Contains("mud-drawer--open"));
    }

    [Fact]
    public void Overview_Sandbox_ShowsDataSourceAndVersion()
    {
        var page = _context.Render<Overview>();

        Assert.Contains("Sandbox: embedded Kubernetes emulator at http://127.0.0.1:1234", page.Find("[data-testid=data-source]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Dashboard 1.2.3-test", page.Find("[data-testid=version]").TextContent.Trim());
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
