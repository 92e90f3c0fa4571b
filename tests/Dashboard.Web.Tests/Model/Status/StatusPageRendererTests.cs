using System.Text;
using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Dashboard.Web.Model.Status;
using Microsoft.Extensions.Time.Testing;
using static Dashboard.Web.Tests.Model.Status.StatusSnapshots;

namespace Dashboard.Web.Tests.Model.Status;

public sealed class StatusPageRendererTests
{
    private static readonly ProblemFinder Finder = new(new FakeTimeProvider(Now));

    [Fact]
    public void Render_HostileNames_AreEncodedNotMarkup()
    {
        var model = StatusPageModel.From(Of(App("<script>alert(1)</script>", HealthState.Degraded), Volume("v\"><img src=x onerror=alert(1)>", "faulted")), Finder, Now);

        var html = StatusPageRenderer.Render(model);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        // The link keeps the escaped path; the quote cannot close the attribute.
        Assert.Contains("href=\"/volumes?focus=v%22%3E%3Cimg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Problems_VerdictRefreshLinksAndNoScript()
    {
        var model = StatusPageModel.From(Of(App("nextcloud", HealthState.Degraded), Certificate("soon", TimeSpan.FromDays(3))), Finder, Now);

        var html = StatusPageRenderer.Render(model);

        Assert.Contains("<meta http-equiv=\"refresh\" content=\"30\">", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"verdict error\"><h1 data-testid=\"status-verdict\">2 critical, 0 warning</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/apps/home/application/argocd/nextcloud\"><b>argocd/nextcloud</b> Degraded</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/certificates?focus=web/soon\"><b>web/soon</b> expires in 3 d</a>", html, StringComparison.Ordinal);
        Assert.Contains("<time data-testid=\"status-time\" datetime=\"2026-11-23T12:00:00.0000000Z\">2026-11-23 12:00 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/apps\">Apps</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllGreen_EmptySectionsSayWhy()
    {
        var html = StatusPageRenderer.Render(StatusPageModel.From(Of(App("web", HealthState.Healthy)), Finder, Now));

        Assert.Contains(">All green</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Nothing needs attention.", html, StringComparison.Ordinal);
        Assert.Contains("All volumes healthy.", html, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(html) < 4096, $"{Encoding.UTF8.GetByteCount(html)} bytes");
    }
}
