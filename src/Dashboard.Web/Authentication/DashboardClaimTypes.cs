namespace Dashboard.Web.Authentication;

/// <summary>Claims the dashboard adds itself.</summary>
public static class DashboardClaimTypes
{
    /// <summary>When the session (cookie or Access token) ends, in Unix seconds; an open page leads back to login after it.</summary>
    public const string SessionExpires = "dashboard:session_expires";

    /// <summary>Issuer of the role claims the dashboard adds, so a provider's own role claims are never mistaken for ours.</summary>
    public const string RoleIssuer = "Dashboard";
}
