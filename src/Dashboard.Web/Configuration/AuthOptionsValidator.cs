using System.Net;

namespace Dashboard.Web.Configuration;

/// <summary>Checks <c>Dashboard:Auth</c> for the chosen mode; every message starts with the key to fix.</summary>
public static class AuthOptionsValidator
{
    private const string Root = DashboardOptions.SectionName + ":Auth";

    /// <remarks>Blank list entries are ignored everywhere: compose passes unset variables as empty strings.</remarks>
    public static void Validate(AuthOptions auth, List<string> errors)
    {
        switch (auth.Mode)
        {
            case AuthMode.OpenIdConnect:
                ValidateOpenIdConnect(auth.OpenIdConnect, errors);
                break;
            case AuthMode.CloudflareAccess:
                ValidateCloudflareAccess(auth.CloudflareAccess, errors);
                break;
        }

        ValidateForwardedHeaders(auth.ForwardedHeaders, errors);
        ValidateRateLimits(auth.RateLimits, errors);
    }

    private static void ValidateRateLimits(RateLimitOptions limits, List<string> errors)
    {
        const string key = Root + ":RateLimits";
        foreach (var (name, value) in new[]
                 {
                     ("LoginPermitLimit", limits.LoginPermitLimit), ("LoginWindowSeconds", limits.LoginWindowSeconds),
                     ("ActionPermitLimit", limits.ActionPermitLimit), ("ActionWindowSeconds", limits.ActionWindowSeconds),
                 })
        {
            if (value < 1)
            {
                errors.Add($"{key}:{name}: must be at least 1 (found {value}).");
            }
        }
    }

    private static void ValidateOpenIdConnect(OpenIdConnectSettings oidc, List<string> errors)
    {
        const string key = Root + ":OpenIdConnect";
        const string when = "required when " + Root + ":Mode is OpenIdConnect.";
        if (string.IsNullOrWhiteSpace(oidc.Authority))
        {
            errors.Add($"{key}:Authority: {when}");
        }
        else if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            errors.Add($"{key}:Authority: '{oidc.Authority}' is not an absolute http(s) URL; use the provider's issuer, e.g. https://id.example.com/.");
        }
        else if (authority.Scheme == "http" && oidc.RequireHttpsMetadata)
        {
            errors.Add($"{key}:Authority: '{oidc.Authority}' is plain http; use https, or set {key}:RequireHttpsMetadata=false for a provider on a trusted local network.");
        }

        if (string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            errors.Add($"{key}:ClientId: {when}");
        }

        if (!string.IsNullOrWhiteSpace(oidc.ClientSecret) && !string.IsNullOrWhiteSpace(oidc.ClientSecretFile))
        {
            errors.Add($"{key}:ClientSecretFile: set either {key}:ClientSecret or {key}:ClientSecretFile, not both.");
        }
        else if (!string.IsNullOrWhiteSpace(oidc.ClientSecretFile) && !File.Exists(oidc.ClientSecretFile))
        {
            errors.Add($"{key}:ClientSecretFile: file '{oidc.ClientSecretFile}' does not exist.");
        }

        if (string.IsNullOrWhiteSpace(oidc.RoleClaim))
        {
            errors.Add($"{key}:RoleClaim: must name a claim, e.g. groups.");
        }

        for (var i = 0; i < oidc.Scopes.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(oidc.Scopes[i]) && oidc.Scopes[i].Trim().Any(char.IsWhiteSpace))
            {
                errors.Add($"{key}:Scopes:{i}: '{oidc.Scopes[i]}' is not a single scope; list one scope per entry.");
            }
        }
    }

    private static void ValidateCloudflareAccess(CloudflareAccessSettings cloudflare, List<string> errors)
    {
        const string key = Root + ":CloudflareAccess";
        const string when = "required when " + Root + ":Mode is CloudflareAccess.";
        if (string.IsNullOrWhiteSpace(cloudflare.TeamDomain))
        {
            errors.Add($"{key}:TeamDomain: {when}");
        }
        else if (Uri.CheckHostName(cloudflare.TeamDomain) != UriHostNameType.Dns)
        {
            errors.Add($"{key}:TeamDomain: '{cloudflare.TeamDomain}' is not a host name; give only the host, e.g. myteam.cloudflareaccess.com.");
        }

        if (string.IsNullOrWhiteSpace(cloudflare.Audience))
        {
            errors.Add($"{key}:Audience: {when} It is the application's AUD tag in the Cloudflare Zero Trust dashboard.");
        }
    }

    private static void ValidateForwardedHeaders(ForwardedHeadersSettings forwarded, List<string> errors)
    {
        const string key = Root + ":ForwardedHeaders";
        for (var i = 0; i < forwarded.KnownProxies.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(forwarded.KnownProxies[i]) && !IPAddress.TryParse(forwarded.KnownProxies[i].Trim(), out _))
            {
                errors.Add($"{key}:KnownProxies:{i}: '{forwarded.KnownProxies[i]}' is not an IP address.");
            }
        }

        for (var i = 0; i < forwarded.KnownNetworks.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(forwarded.KnownNetworks[i]) && !IPNetwork.TryParse(forwarded.KnownNetworks[i].Trim(), out _))
            {
                errors.Add($"{key}:KnownNetworks:{i}: '{forwarded.KnownNetworks[i]}' is not a network in CIDR notation, e.g. 172.18.0.0/16.");
            }
        }
    }
}
