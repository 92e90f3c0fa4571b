using System.Security.Claims;
using Dashboard.Core.Actions;
using Microsoft.AspNetCore.Authentication;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Who is acting, from the request's <see cref="ClaimsPrincipal"/>: the name claim, and the right to act from an
/// "Operator" or "Admin" role claim. Unauthenticated requests act as <see cref="ActionUser.Local"/> only when no
/// authentication scheme is configured at all (the loopback-only mode); otherwise they are refused (null → 401).
/// </summary>
public static class ActionUserFactory
{
    private static readonly string[] OperatingRoles = ["Operator", "Admin"];
    private static readonly string[] RoleClaimTypes = [ClaimTypes.Role, "role", "roles"];

    public static async Task<ActionUser?> CreateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true)
        {
            return FromPrincipal(principal);
        }

        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        var configured = schemes is not null && (await schemes.GetAllSchemesAsync()).Any();
        return configured ? null : ActionUser.Local;
    }

    public static ActionUser FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = principal.FindFirst(ClaimTypes.Name)?.Value
            ?? principal.FindFirst("name")?.Value
            ?? principal.FindFirst("preferred_username")?.Value
            ?? principal.Identity?.Name
            ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? "unknown";
        var canOperate = principal.Claims.Any(c => RoleClaimTypes.Contains(c.Type) && OperatingRoles.Contains(c.Value, StringComparer.OrdinalIgnoreCase));
        return new ActionUser(name, canOperate);
    }
}
