namespace Dashboard.Web.Security;

/// <summary>
/// The Content-Security-Policy that Blazor Server and MudBlazor work with. Scripts only from this origin (no inline
/// script, no eval); styles allow 'unsafe-inline' because MudBlazor renders style attributes and a theme
/// <c>&lt;style&gt;</c> element and Blazor sets style attributes from the circuit. The websocket is same-origin ('self').
/// </summary>
public static class ContentSecurityPolicy
{
    /// <param name="formTargets">Origins besides this one that a form may lead to (the OpenID provider's sign-out page).</param>
    public static string Build(IEnumerable<string> formTargets)
    {
        var formAction = string.Join(' ', new[] { "'self'" }.Concat(formTargets.Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)));
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            $"form-action {formAction}");
    }

    /// <summary>The origin (scheme://host[:port]) of an absolute URL, or empty when it is not one.</summary>
    public static string OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : "";
}
