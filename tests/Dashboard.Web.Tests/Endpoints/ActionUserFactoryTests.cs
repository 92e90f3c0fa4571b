using System.Security.Claims;
using Dashboard.Core.Actions;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.Authentication;

namespace Dashboard.Web.Tests.Endpoints;

public sealed class ActionUserFactoryTests
{
    [Theory]
    [InlineData("Operator", true)]
    [InlineData("Admin", true)]
    [InlineData("Viewer", false)]
    public void FromPrincipal_RoleClaim_DecidesWhetherTheUserMayAct(string role, bool canOperate)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "alice"), new Claim(ClaimTypes.Role, role)], "test"));

        Assert.Equal(new ActionUser("alice", canOperate), ActionUserFactory.FromPrincipal(principal));
    }

    [Fact]
    public async Task CreateAsync_AnonymousWithoutAnyScheme_IsTheLocalOperator()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddAuthenticationCore().BuildServiceProvider() };

        Assert.Equal(ActionUser.Local, await ActionUserFactory.CreateAsync(context));
    }

    [Fact]
    public async Task CreateAsync_AnonymousWhileASchemeIsConfigured_IsRefused()
    {
        var services = new ServiceCollection();
        services.AddAuthenticationCore(o => o.AddScheme<NoopHandler>("cookie", null));
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };

        Assert.Null(await ActionUserFactory.CreateAsync(context));
    }

    private sealed class NoopHandler : IAuthenticationHandler
    {
        public Task<AuthenticateResult> AuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

        public Task ChallengeAsync(AuthenticationProperties? properties) => Task.CompletedTask;

        public Task ForbidAsync(AuthenticationProperties? properties) => Task.CompletedTask;

        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context) => Task.CompletedTask;
    }
}
