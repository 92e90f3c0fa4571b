using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>The pages in the drawer, in order.</summary>
public static class NavigationItems
{
    public sealed record Item(string Key, string Title, string Href, string Icon);

    public static IReadOnlyList<Item> All { get; } =
    [
        new("overview", "Overview", "", Icons.Material.Filled.Dashboard),
        new("apps", "Apps", "apps", Icons.Material.Filled.Apps),
        new("commits", "Commits", "commits", Icons.Material.Filled.Commit),
        new("certificates", "Certificates", "certificates", Icons.Material.Filled.VerifiedUser),
        new("volumes", "Volumes", "volumes", Icons.Material.Filled.Storage),
        new("activity", "Activity", "activity", Icons.Material.Filled.History),
        new("notifications", "Notifications", "notifications", Icons.Material.Filled.Notifications),
    ];
}
