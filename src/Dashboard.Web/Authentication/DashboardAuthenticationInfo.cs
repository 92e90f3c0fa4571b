using Dashboard.Web.Configuration;

namespace Dashboard.Web.Authentication;

/// <summary>What the UI needs to know about the login mode (whether there is a sign-out, where it goes).</summary>
public sealed record DashboardAuthenticationInfo(AuthMode Mode)
{
    public bool CanSignOut => Mode != AuthMode.None;
}
