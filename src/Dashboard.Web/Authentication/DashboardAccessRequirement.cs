using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.StaticAssets;

namespace Dashboard.Web.Authentication;

/// <summary>
/// The fallback rule for every endpoint without its own: the public paths and static assets are open, everything
/// else needs the Viewer role. Kept in one place so the exceptions are easy to see.
/// </summary>
public sealed class DashboardAccessRequirement : IAuthorizationRequirement
{
    /// <summary>Open to anyone: probes that reveal nothing, and the login flow itself.</summary>
    public static readonly IReadOnlyList<string> PublicPaths =
    [
        "/healthz",
        "/readyz",
        "/auth",
        // Not "/status": it shows the same data as the pages, so it needs the same sign-in.
    ];

    public static bool IsPublic(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null ||
        PublicPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
