using System.Text.Json;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Authentication;

/// <summary>Turns claim values (groups, e-mail) into dashboard roles according to <c>Dashboard:Auth:Roles</c>.</summary>
public static class RoleMapper
{
    public static IReadOnlyList<string> Map(IEnumerable<string> claimValues, RoleMappingOptions roles)
    {
        var values = claimValues.SelectMany(Expand).ToHashSet(StringComparer.Ordinal);
        var isAdmin = roles.Admins.Any(values.Contains);
        var isOperator = isAdmin || roles.Operators.Any(values.Contains);
        // No Viewers listed: signing in is the permission to look (the provider decides who can sign in).
        var isViewer = isOperator || roles.Viewers.Count == 0 || roles.Viewers.Any(values.Contains);

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
