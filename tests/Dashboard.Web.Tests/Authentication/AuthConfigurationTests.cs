using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>Dashboard:Auth read through the real loader: key checker, binding, validator.</summary>
public sealed class AuthConfigurationTests : IDisposable
{
    private readonly string _secretFile = Path.Combine(Path.GetTempPath(), $"dashboard-secret-{Guid.NewGuid():N}");

    [Fact]
    public void Load_NoAuthSection_DefaultsToNoneWithDocumentedDefaults()
    {
        var auth = Load().Auth;

        Assert.Equal(AuthMode.None, auth.Mode);
        Assert.False(auth.AllowAnonymous);
        Assert.Equal("groups", auth.OpenIdConnect.RoleClaim);
        Assert.True(auth.OpenIdConnect.RequireHttpsMetadata);
        Assert.Equal(["openid", "profile", "email", "groups"], auth.OpenIdConnect.EffectiveScopes());
        Assert.Empty(auth.Roles.Viewers);
        Assert.Empty(auth.ForwardedHeaders.KnownProxies);
    }

    [Fact]
    public void Load_EveryKeySpelledAsDocumented_Binds()
    {
        File.WriteAllText(_secretFile, "s3cret\n");
        var auth = Load(
            ("Mode", "OpenIdConnect"),
            ("AllowAnonymous", "false"),
            ("OpenIdConnect:Authority", "https://id.example.com/"),
            ("OpenIdConnect:ClientId", "dashboard"),
            ("OpenIdConnect:ClientSecretFile", _secretFile),
            ("OpenIdConnect:Scopes:0", "openid"),
            ("OpenIdConnect:Scopes:1", "roles"),
            ("OpenIdConnect:RoleClaim", "roles"),
            ("OpenIdConnect:NameClaim", "preferred_username"),
            ("OpenIdConnect:RequireHttpsMetadata", "true"),
            ("CloudflareAccess:TeamDomain", "myteam.cloudflareaccess.com"),
            ("CloudflareAccess:Audience", "aud"),
            ("Roles:Viewers:0", "family"),
            ("Roles:Operators:0", "ops"),
            ("Roles:Admins:0", "admins"),
            ("ForwardedHeaders:KnownProxies:0", "172.18.0.5"),
            ("ForwardedHeaders:KnownNetworks:0", "10.42.0.0/16")).Auth;

        Assert.Equal(AuthMode.OpenIdConnect, auth.Mode);
        Assert.Equal(["openid", "roles"], auth.OpenIdConnect.EffectiveScopes());
        Assert.Equal("preferred_username", auth.OpenIdConnect.NameClaim);
        Assert.Equal(["admins"], auth.Roles.Admins);
        Assert.Equal(["10.42.0.0/16"], auth.ForwardedHeaders.KnownNetworks);
    }

    [Fact]
    public void Load_OpenIdConnectWithoutAuthorityOrClientId_NamesBothKeys()
    {
        var errors = LoadErrors(("Mode", "OpenIdConnect"));

        Assert.Contains("Dashboard:Auth:OpenIdConnect:Authority: required when Dashboard:Auth:Mode is OpenIdConnect.", errors);
        Assert.Contains("Dashboard:Auth:OpenIdConnect:ClientId: required when Dashboard:Auth:Mode is OpenIdConnect.", errors);
    }

    [Fact]
    public void Load_OpenIdConnectBadValues_NamesEachKey()
    {
        var errors = LoadErrors(
            ("Mode", "OpenIdConnect"),
            ("OpenIdConnect:Authority", "http://id.lan/"),
            ("OpenIdConnect:ClientId", "dashboard"),
            ("OpenIdConnect:ClientSecretFile", "/run/secrets/does-not-exist"),
            ("OpenIdConnect:Scopes:0", "openid profile"));

        Assert.Collection(errors,
            e => Assert.StartsWith("Dashboard:Auth:OpenIdConnect:Authority: 'http://id.lan/' is plain http", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Dashboard:Auth:OpenIdConnect:ClientSecretFile: file '/run/secrets/does-not-exist' does not exist", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Dashboard:Auth:OpenIdConnect:Scopes:0:", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PlainHttpAuthorityWithRequireHttpsMetadataOff_IsAccepted()
    {
        var auth = Load(("Mode", "OpenIdConnect"), ("OpenIdConnect:Authority", "http://127.0.0.1:3000/"),
            ("OpenIdConnect:ClientId", "dashboard"), ("OpenIdConnect:RequireHttpsMetadata", "false")).Auth;

        Assert.False(auth.OpenIdConnect.RequireHttpsMetadata);
    }

    [Fact]
    public void Load_SecretAndSecretFileBoth_Refused()
    {
        File.WriteAllText(_secretFile, "x");
        var errors = LoadErrors(("Mode", "OpenIdConnect"), ("OpenIdConnect:Authority", "https://id.example.com"),
            ("OpenIdConnect:ClientId", "d"), ("OpenIdConnect:ClientSecret", "x"), ("OpenIdConnect:ClientSecretFile", _secretFile));

        Assert.Equal(["Dashboard:Auth:OpenIdConnect:ClientSecretFile: set either Dashboard:Auth:OpenIdConnect:ClientSecret or Dashboard:Auth:OpenIdConnect:ClientSecretFile, not both."], errors);
    }

    [Fact]
    public void Load_CloudflareAccessWithoutSettings_NamesBothKeys()
    {
        var errors = LoadErrors(("Mode", "CloudflareAccess"));

        Assert.Collection(errors,
            e => Assert.Equal("Dashboard:Auth:CloudflareAccess:TeamDomain: required when Dashboard:Auth:Mode is CloudflareAccess.", e),
            e => Assert.StartsWith("Dashboard:Auth:CloudflareAccess:Audience: required when Dashboard:Auth:Mode is CloudflareAccess.", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TeamDomainWithScheme_AsksForHostOnly()
    {
        var errors = LoadErrors(("Mode", "CloudflareAccess"), ("CloudflareAccess:TeamDomain", "https://myteam.cloudflareaccess.com"), ("CloudflareAccess:Audience", "a"));

        Assert.Equal(["Dashboard:Auth:CloudflareAccess:TeamDomain: 'https://myteam.cloudflareaccess.com' is not a host name; give only the host, e.g. myteam.cloudflareaccess.com."], errors);
    }

    [Fact]
    public void Load_BlankEntriesAsComposePassesThem_AreIgnored()
    {
        var auth = Load(("Roles:Operators:0", ""), ("ForwardedHeaders:KnownProxies:0", ""), ("ForwardedHeaders:KnownNetworks:0", " "),
            ("OpenIdConnect:ClientSecretFile", ""), ("OpenIdConnect:Scopes:0", "")).Auth;

        Assert.Equal(["openid", "profile", "email", "groups"], auth.OpenIdConnect.EffectiveScopes());
        Assert.False(new Dashboard.Web.Authentication.TrustedProxies(auth.ForwardedHeaders).Any);
    }

    [Fact]
    public void Load_SettingsOfAnotherMode_AreNotRequired()
    {
        Assert.Equal(AuthMode.CloudflareAccess, Load(("Mode", "CloudflareAccess"), ("CloudflareAccess:TeamDomain", "t.cloudflareaccess.com"), ("CloudflareAccess:Audience", "a")).Auth.Mode);
    }

    [Fact]
    public void Load_BadModeTypoAndBadProxies_NamesEveryKey()
    {
        var errors = LoadErrors(("Mode", "Oidc"), ("OpenIdConect:ClientId", "x"), ("AllowAnonymous", "yes"));

        Assert.Contains("Dashboard:Auth:Mode: 'Oidc' is not a valid value (one of: None, OpenIdConnect, CloudflareAccess).", errors);
        Assert.Contains("Dashboard:Auth:OpenIdConect: unknown setting; did you mean Dashboard:Auth:OpenIdConnect?", errors);
        Assert.Contains("Dashboard:Auth:AllowAnonymous: 'yes' is not a valid boolean (true or false).", errors);
    }

    [Fact]
    public void Load_BadProxyAddresses_NamesEachEntry()
    {
        var errors = LoadErrors(("ForwardedHeaders:KnownProxies:0", "cloudflared"), ("ForwardedHeaders:KnownNetworks:0", "172.18.0.0"),
            ("ForwardedHeaders:KnownNetworks:1", "172.18.0.0/16"));

        Assert.Collection(errors,
            e => Assert.Equal("Dashboard:Auth:ForwardedHeaders:KnownProxies:0: 'cloudflared' is not an IP address.", e),
            e => Assert.StartsWith("Dashboard:Auth:ForwardedHeaders:KnownNetworks:0: '172.18.0.0' is not a network in CIDR notation", e, StringComparison.Ordinal));
    }

    private static DashboardOptions Load(params (string Key, string Value)[] auth) =>
        DashboardConfiguration.Load(Build(auth));

    private static IReadOnlyList<string> LoadErrors(params (string Key, string Value)[] auth) =>
        Assert.Throws<InvalidDashboardConfigurationException>(() => DashboardConfiguration.Load(Build(auth))).Errors;

    private static IConfiguration Build((string Key, string Value)[] auth) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(auth.Select(a => new KeyValuePair<string, string?>("Dashboard:Auth:" + a.Key, a.Value)))
            .Build();

    public void Dispose() => File.Delete(_secretFile);
}
