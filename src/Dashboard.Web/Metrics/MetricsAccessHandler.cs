using Dashboard.Web.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Metrics;

internal sealed class MetricsAccessHandler : AuthorizationHandler<MetricsAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsAccessRequirement requirement)
    {
        if (context.User.IsInRole(DashboardRoles.Viewer) ||
            (context.Resource is HttpContext http && requirement.AllowsAnonymous(http.Connection.RemoteIpAddress, http.Request.Headers)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
