using System.Text.Json;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Authentication;

/// <summary>Turns claim values (groups, e-mail) into dashboard roles according to <c>Dashboard:Auth:Roles</c>.</summary>
public static class RoleMapper
{
    public static IReadOnlyList<string> Map(IEnumerable<string> claimValues, RoleMappingOptions roles)
    {
        var values = claimValues.SelectMany(Expand).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        var viewers = Listed(roles.Viewers);
        var isAdmin = Listed(roles.Admins).Any(values.Contains);
        var isOperator = isAdmin || Listed(roles.Operators).Any(values.Contains);
        // No Viewers listed: signing in is the permission to look (the provider decides who can sign in).
        var isViewer = isOperator || viewers.Count == 0 || viewers.Any(values.Contains);

        var result = new List<string>(3);
        if (isViewer)
        {
            result.Add(DashboardRoles.Viewer);
        }

        if (isOperator)
        {
            result.Add(DashboardRoles.Operator);
        }

        if (isAdmin)
        {
            result.Add(DashboardRoles.Admin);
        }

        return result;
    }

    /// <summary>Blank entries are ignored: compose passes unset variables as empty strings.</summary>
    private static List<string> Listed(List<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    /// <summary>Some providers send a list as one claim holding a JSON array; treat it as its elements.</summary>
    private static IEnumerable<string> Expand(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '[')
        {
            return [trimmed];
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            return document.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToList();
        }
        catch (JsonException)
        {
            return [trimmed];
        }
    }
}
