using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Apps;

/// <summary>Every app of one snapshot version in one sort order, plus the namespaces; the expensive part, done once per version and order.</summary>
public sealed class SortedApps
{
    private SortedApps(long version, AppSortColumn sortBy, bool descending, AppStatus[] apps, IReadOnlyList<string> namespaces)
    {
        Version = version;
        SortBy = sortBy;
        Descending = descending;
        Apps = apps;
        Namespaces = namespaces;
    }

    public long Version { get; }

    public AppSortColumn SortBy { get; }

    public bool Descending { get; }

    public IReadOnlyList<AppStatus> Apps { get; }

    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>
    /// Sorts with the same (stable) comparer as <see cref="AppListModel.Apply"/>: filtering this list then keeps the
    /// order a sort of the filtered list would give, so a new search or filter never sorts again.
    /// </summary>
    public static SortedApps Create(long version, IEnumerable<AppStatus> apps, AppSortColumn sortBy, bool descending)
    {
        var sorted = AppListModel.Apply(apps, new AppQuery { SortBy = sortBy, Descending = descending }).ToArray();
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var app in sorted)
        {
            namespaces.Add(app.Key.Namespace);
        }

        return new SortedApps(version, sortBy, descending, sorted, [.. namespaces]);
    }

    /// <summary>The same apps and namespaces in another order, without walking the snapshot again.</summary>
    public SortedApps Resort(AppSortColumn sortBy, bool descending) =>
        new(Version, sortBy, descending, AppListModel.Apply(Apps, new AppQuery { SortBy = sortBy, Descending = descending }).ToArray(), Namespaces);
}
