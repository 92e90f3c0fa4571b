using Bunit;
using Dashboard.Web.Authentication;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Components;

public sealed class UserChipTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    public UserChipTests() => _context.WithDashboardServices();

    [Fact]
    public void UserChip_LocalUserInModeNone_ShowsNameAndHighestRoleWithoutSignOut()
    {
        var chip = _context.Render<UserChip>();

        Assert.Equal("local", chip.Find("[data-testid=user-name]").TextContent);
        Assert.Equal("Admin", chip.Find("[data-testid=user-role]").TextContent);
        Assert.Empty(chip.FindAll("[data-testid=logout]"));
    }

    [Fact]
    public void UserChip_ViewerSignedInWithOpenIdConnect_ShowsRoleAndSignOutForm()
    {
        _context.Services.AddSingleton(new DashboardAuthenticationInfo(AuthMode.OpenIdConnect));
        var user = _context.AddAuthorization();
        user.SetAuthorized("Victor Viewer");
        user.SetRoles(DashboardRoles.Viewer);

        var chip = _context.Render<UserChip>();

        Assert.Equal("Victor Viewer", chip.Find("[data-testid=user-name]").TextContent);
        Assert.Equal("Viewer", chip.Find("[data-testid=user-role]").TextContent);
        var form = chip.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("auth/logout", form.GetAttribute("action"));
        Assert.NotNull(chip.Find("[data-testid=logout]"));
    }

    [Fact]
    public void UserChip_NotSignedIn_RendersNothing()
    {
        _context.AddAuthorization().SetNotAuthorized();

        Assert.Empty(_context.Render<UserChip>().Markup.Trim());
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
