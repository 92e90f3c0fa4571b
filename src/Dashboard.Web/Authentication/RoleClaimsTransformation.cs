using System.Security.Claims;
using Dashboard.Web.Configuration;
using Microsoft.AspNetCore.Authentication;

namespace Dashboard.Web.Authentication;

/// <summary>
/// Adds the dashboard's <see cref="ClaimTypes.Role"/> claims to a signed-in user from the values of the configured
/// source claims. Runs on every authentication, so a changed role mapping applies at the next request.
/// </summary>
internal sealed class RoleClaimsTransformation(IReadOnlyList<string> sourceClaimTypes, RoleMappingOptions roles) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true ||
            principal.HasClaim(c => c.Type == ClaimTypes.Role && c.Issuer == DashboardClaimTypes.RoleIssuer))
        {
            return Task.FromResult(principal);
        }

        var values = principal.Claims.Where(c => sourceClaimTypes.Contains(c.Type, StringComparer.Ordinal)).Select(c => c.Value);
        var mapped = RoleMapper.Map(values, roles);
        var transformed = principal.Clone();
        foreach (var providerIdentity in transformed.Identities)
        {
            // Only the dashboard grants roles: a role claim that came with the token is dropped, not believed.
            foreach (var foreign in providerIdentity.Claims.Where(c => c.Type == ClaimTypes.Role || c.Type == providerIdentity.RoleClaimType).ToList())
            {
                providerIdentity.TryRemoveClaim(foreign);
            }
        }

        // A separate identity, so the provider's identity stays as it was issued.
        var identity = new ClaimsIdentity(
            mapped.Select(r => new Claim(ClaimTypes.Role, r, ClaimValueTypes.String, DashboardClaimTypes.RoleIssuer)),
            authenticationType: null, nameType: ClaimTypes.Name, roleType: ClaimTypes.Role);
        transformed.AddIdentity(identity);
        return Task.FromResult(transformed);
    }
}
