using System.Security.Claims;

namespace Dashboard.Web.Authentication;

/// <summary>How the signed-in user is shown (app bar, audit rows).</summary>
public static class DashboardUser
{
    private static readonly string[] NameClaims = ["name", "preferred_username", "email", ClaimTypes.Email, "sub", ClaimTypes.NameIdentifier];

    public static string DisplayName(ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name
            ? name
            : NameClaims.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "unknown";
}
