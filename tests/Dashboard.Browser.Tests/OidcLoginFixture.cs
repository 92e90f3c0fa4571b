using Dashboard.Testing.Web;

namespace Dashboard.Browser.Tests;

/// <summary>One OpenID provider, one dashboard in mode OpenIdConnect (trusting 127.0.0.1 as a proxy) and one forwarding proxy.</summary>
public sealed class OidcLoginFixture : IAsyncLifetime
{
    public const string PublicHost = "dashboard.test";

    private DashboardAppFactory? _app;

    public OidcProviderProcess Provider { get; private set; } = null!;

    public ForwardingProxy Proxy { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Provider = await OidcProviderProcess.StartAsync(cancellationToken);
        _app = new DashboardAppFactory(new Dictionary<string, string?>
        {
            ["Dashboard:Auth:Mode"] = "OpenIdConnect",
            ["Dashboard:Auth:OpenIdConnect:Authority"] = Provider.Issuer,
            ["Dashboard:Auth:OpenIdConnect:ClientId"] = OidcProviderProcess.ClientId,
            ["Dashboard:Auth:OpenIdConnect:ClientSecret"] = OidcProviderProcess.ClientSecret,
            ["Dashboard:Auth:OpenIdConnect:RequireHttpsMetadata"] = "false",
            ["Dashboard:Auth:Roles:Viewers:0"] = "family",
            ["Dashboard:Auth:Roles:Operators:0"] = "homelab-ops",
            ["Dashboard:Auth:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        BaseAddress = _app.Start();
        Proxy = await ForwardingProxy.StartAsync(BaseAddress, PublicHost, cancellationToken);
        await Provider.ConfigureAsync(
            [new Uri(BaseAddress, "signin-oidc").ToString(), $"https://{PublicHost}/signin-oidc"],
            [new Uri(BaseAddress, "signout-callback-oidc").ToString(), $"https://{PublicHost}/signout-callback-oidc"],
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }
}
