namespace Dashboard.Web.Configuration;

/// <summary><c>Dashboard:Auth:CloudflareAccess</c>.</summary>
public sealed class CloudflareAccessSettings
{
    /// <summary>The team's host name, e.g. <c>myteam.cloudflareaccess.com</c> (no scheme, no path).</summary>
    public string? TeamDomain { get; set; }

    /// <summary>The Access application's Application Audience (AUD) tag.</summary>
    public string? Audience { get; set; }
}
