namespace Dashboard.Web.Security;

/// <summary>The Content-Security-Policy chosen at start-up for the configured login mode.</summary>
public sealed record SecurityHeaderPolicy(string ContentSecurityPolicy);
