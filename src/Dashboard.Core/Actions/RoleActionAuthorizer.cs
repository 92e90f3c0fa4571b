namespace Dashboard.Core.Actions;

/// <summary>The default rule: operators and admins act, viewers only look.</summary>
public sealed class RoleActionAuthorizer : IActionAuthorizer
{
    public string? Refuse(ActionUser user, ActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return user.CanOperate
            ? null
            : $"{user.Name} is a viewer and may not {request.Name} {request.App.Name}; an Operator or Admin role is needed.";
    }
}
