using System.Security.Claims;
using Dashboard.Web.Authentication;
using Dashboard.Web.Configuration;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>The policies as AddDashboardAuthentication registers them: a Viewer may look, never act.</summary>
public sealed class AuthorizationPolicyTests : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IAuthorizationService _authorization;

    public AuthorizationPolicyTests()
    {
        var builder = WebApplication.CreateBuilder();
        var options = new DashboardOptions { Data = { Path = Path.Combine(Path.GetTempPath(), $"dashboard-policy-{Guid.NewGuid():N}", "d.db") } };
        options.Auth.Mode = AuthMode.CloudflareAccess;
        options.Auth.CloudflareAccess.TeamDomain = "t.cloudflareaccess.com";
        options.Auth.CloudflareAccess.Audience = "aud";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddDashboardAuthentication(options);
        _app = builder.Build();
        _authorization = _app.Services.GetRequiredService<IAuthorizationService>();
    }

    [Theory]
    [InlineData(DashboardPolicies.CanView, "", false)]
    [InlineData(DashboardPolicies.CanView, "Viewer", true)]
    [InlineData(DashboardPolicies.CanOperate, "Viewer", false)]
    [InlineData(DashboardPolicies.CanOperate, "Viewer,Operator", true)]
    [InlineData(DashboardPolicies.CanAdminister, "Viewer,Operator", false)]
    [InlineData(DashboardPolicies.CanAdminister, "Viewer,Operator,Admin", true)]
    public async Task AuthorizeAsync_RolesAgainstPolicy_DecidesAsDocumented(string policy, string roles, bool allowed)
    {
        var claims = roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, "ana"));
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));

        var result = await _authorization.AuthorizeAsync(user, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task AuthorizeAsync_AnonymousWithViewerRoleClaim_Refused()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, DashboardRoles.Admin)]));

        Assert.False((await _authorization.AuthorizeAsync(anonymous, DashboardPolicies.CanView)).Succeeded);
    }

    [Theory]
    [InlineData("/apps", "/apps")]
    [InlineData("/apps?filter=degraded", "/apps?filter=degraded")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void LocalUrl_ReturnUrl_OnlyPathsOnThisSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, AuthEndpoints.LocalUrl(returnUrl));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
