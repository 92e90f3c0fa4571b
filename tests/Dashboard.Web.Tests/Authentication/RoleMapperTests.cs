using System.Security.Claims;
using Dashboard.Web.Authentication;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Authentication;

public sealed class RoleMapperTests
{
    private static readonly RoleMappingOptions Listed = new()
    {
        Viewers = ["family"],
        Operators = ["homelab-ops"],
        Admins = ["homelab-admins"],
    };

    [Fact]
    public void Map_NoListsAndAnyValues_EveryoneIsViewerOnly()
    {
        Assert.Equal([DashboardRoles.Viewer], RoleMapper.Map(["whatever"], new RoleMappingOptions()));
        Assert.Equal([DashboardRoles.Viewer], RoleMapper.Map([], new RoleMappingOptions()));
    }

    [Theory]
    [InlineData("family", "Viewer")]
    [InlineData("homelab-ops", "Viewer,Operator")]
    [InlineData("homelab-admins", "Viewer,Operator,Admin")]
    [InlineData("strangers", "")]
    [InlineData("Family", "")]
    public void Map_ListedValues_GivesCumulativeRoles(string value, string expected)
    {
        Assert.Equal(expected, string.Join(",", RoleMapper.Map([value], Listed)));
    }

    [Fact]
    public void Map_OnlyOperatorsListed_OthersStillViewers()
    {
        var roles = new RoleMappingOptions { Operators = ["homelab-ops"] };

        Assert.Equal([DashboardRoles.Viewer], RoleMapper.Map(["family"], roles));
        Assert.Equal([DashboardRoles.Viewer, DashboardRoles.Operator], RoleMapper.Map(["homelab-ops"], roles));
    }

    [Fact]
    public void Map_BlankListEntries_AreIgnored()
    {
        var roles = new RoleMappingOptions { Viewers = [""], Operators = [" "] };

        Assert.Equal([DashboardRoles.Viewer], RoleMapper.Map(["", " "], roles));
    }

    [Fact]
    public void Map_ValueIsJsonArray_UsesItsElements()
    {
        Assert.Equal([DashboardRoles.Viewer, DashboardRoles.Operator], RoleMapper.Map(["[\"family\",\"homelab-ops\"]"], Listed));
    }

    [Fact]
    public async Task TransformAsync_SignedInUser_AddsRoleClaimsOnceFromConfiguredClaim()
    {
        var transformation = new RoleClaimsTransformation(["groups"], Listed);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "homelab-ops"), new Claim("email", "homelab-admins")], "oidc", "name", ClaimTypes.Role));

        var once = await transformation.TransformAsync(user);
        var twice = await transformation.TransformAsync(once);

        Assert.True(twice.IsInRole(DashboardRoles.Operator));
        Assert.False(twice.IsInRole(DashboardRoles.Admin));
        Assert.Equal(2, twice.FindAll(ClaimTypes.Role).Count());
    }

    [Fact]
    public async Task TransformAsync_ProviderSendsItsOwnAdminRoleClaim_IsNotTrusted()
    {
        var transformation = new RoleClaimsTransformation(["groups"], Listed);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, DashboardRoles.Admin), new Claim("groups", "family")], "oidc"));

        var transformed = await transformation.TransformAsync(user);

        Assert.True(transformed.IsInRole(DashboardRoles.Viewer));
        Assert.False(transformed.IsInRole(DashboardRoles.Admin));
    }

    [Fact]
    public async Task TransformAsync_Anonymous_Unchanged()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.Same(anonymous, await new RoleClaimsTransformation(["groups"], Listed).TransformAsync(anonymous));
    }
}
