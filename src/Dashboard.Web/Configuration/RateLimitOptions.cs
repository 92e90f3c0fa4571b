namespace Dashboard.Web.Configuration;

/// <summary>
/// <c>Dashboard:Auth:RateLimits</c>: fixed windows against login floods (per client address) and runaway
/// scripts committing to Git (per user). Generous for people, tight enough to stop a loop.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests to the login, logout and sign-in callback paths per client address and window.</summary>
    public int LoginPermitLimit { get; set; } = 20;

    public int LoginWindowSeconds { get; set; } = 60;

    /// <summary>Requests to the actions API (<c>/api/apps/...</c>, POST) per user and window.</summary>
    public int ActionPermitLimit { get; set; } = 30;

    public int ActionWindowSeconds { get; set; } = 60;
}
