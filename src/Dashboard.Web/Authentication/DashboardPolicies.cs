namespace Dashboard.Web.Authentication;

/// <summary>Authorization policy names; use them with <c>[Authorize(Policy = ...)]</c>, <c>RequireAuthorization</c> or <c>AuthorizeView</c>.</summary>
public static class DashboardPolicies
{
    /// <summary>Any signed-in user with a role (in mode None: everyone). The fallback for every endpoint.</summary>
    public const string CanView = "CanView";

    /// <summary>Operators and Admins: every action that writes a commit or nudges a controller.</summary>
    public const string CanOperate = "CanOperate";

    /// <summary>Admins: settings, API tokens.</summary>
    public const string CanAdminister = "CanAdminister";
}
