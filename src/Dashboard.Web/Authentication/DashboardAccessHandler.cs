using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Authentication;

internal sealed class DashboardAccessHandler : AuthorizationHandler<DashboardAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DashboardAccessRequirement requirement)
    {
        var isPublic = context.Resource is HttpContext http && DashboardAccessRequirement.IsPublic(http);
        if (isPublic || context.User.IsInRole(DashboardRoles.Viewer))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
