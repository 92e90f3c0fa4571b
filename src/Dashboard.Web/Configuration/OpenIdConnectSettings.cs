namespace Dashboard.Web.Configuration;

/// <summary><c>Dashboard:Auth:OpenIdConnect</c> (named Settings so it does not clash with ASP.NET's OpenIdConnectOptions).</summary>
public sealed class OpenIdConnectSettings
{
    public const string DefaultRoleClaim = "groups";

    /// <summary>The provider's issuer, exactly as its discovery document spells it (trailing slash included).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Empty for a public client (PKCE only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A file holding the client secret, e.g. <c>/run/secrets/oidc_client_secret</c>; trailing whitespace is ignored.</summary>
    public string? ClientSecretFile { get; set; }

    /// <summary>Empty means <c>openid profile email</c>, plus <c>groups</c> when <see cref="RoleClaim"/> is <c>groups</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The claim whose values are matched against <c>Dashboard:Auth:Roles</c>.</summary>
    public string RoleClaim { get; set; } = DefaultRoleClaim;

    /// <summary>The claim shown as the user's name; empty means <c>name</c>, then <c>preferred_username</c>, <c>email</c>, <c>sub</c>.</summary>
    public string? NameClaim { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The scopes actually requested.</summary>
    public IReadOnlyList<string> EffectiveScopes()
    {
        var scopes = Scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (scopes.Count == 0)
        {
            scopes = ["openid", "profile", "email"];
            if (string.Equals(RoleClaim, DefaultRoleClaim, StringComparison.Ordinal))
            {
                scopes.Add("groups");
            }
        }
        else if (!scopes.Contains("openid", StringComparer.Ordinal))
        {
            scopes.Insert(0, "openid");
        }

        return scopes.Distinct(StringComparer.Ordinal).ToList();
    }
}
