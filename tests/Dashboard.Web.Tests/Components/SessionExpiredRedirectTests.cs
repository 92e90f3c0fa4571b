using Bunit;
using Bunit.TestDoubles;
using Dashboard.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Tests.Components;

public sealed class SessionExpiredRedirectTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    public SessionExpiredRedirectTests() => _context.WithDashboardServices();

    [Fact]
    public void SessionEnds_WhileOnAPage_ReloadsThroughLoginWithReturnUrl()
    {
        var user = _context.AddAuthorization();
        user.SetAuthorized("Olivia Operator");
        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("apps?filter=degraded");
        _context.Render<SessionExpiredRedirect>();

        user.SetNotAuthorized();

        var fake = Assert.IsType<BunitNavigationManager>(navigation);
        var last = fake.History.First();
        Assert.Equal("auth/login?returnUrl=%2Fapps%3Ffilter%3Ddegraded", last.Uri);
        Assert.True(last.Options.ForceLoad);
    }

    [Fact]
    public void SessionStillValid_StateRefreshed_StaysOnThePage()
    {
        var user = _context.AddAuthorization();
        user.SetAuthorized("Olivia Operator");
        var navigation = (BunitNavigationManager)_context.Services.GetRequiredService<NavigationManager>();
        _context.Render<SessionExpiredRedirect>();

        user.SetAuthorized("Olivia Operator");

        Assert.Empty(navigation.History);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
