namespace Dashboard.Web.Authentication;

/// <summary>The three roles, as <see cref="System.Security.Claims.ClaimTypes.Role"/> claim values. Cumulative: Admin ⊃ Operator ⊃ Viewer.</summary>
public static class DashboardRoles
{
    /// <summary>Sees everything, acts on nothing.</summary>
    public const string Viewer = "Viewer";

    /// <summary>May roll back, promote, pause and reconcile (through Git commits).</summary>
    public const string Operator = "Operator";

    /// <summary>May change settings and manage API tokens.</summary>
    public const string Admin = "Admin";

    /// <summary>The highest role a user has, for display; null when none.</summary>
    public static string? Highest(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Admin) ? Admin : user.IsInRole(Operator) ? Operator : user.IsInRole(Viewer) ? Viewer : null;
}
