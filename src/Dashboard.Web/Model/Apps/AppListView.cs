using System.Collections.ObjectModel;
using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Apps;

/// <summary>
/// Everything the Apps page shows for one (snapshot version, query): the rows in display order, the total,
/// the namespaces of the select, and the count behind every state chip. Immutable, so one instance is shared by
/// every circuit that shows the same query of the same snapshot.
/// </summary>
public sealed class AppListView
{
    private readonly int[] _stateCounts;

    public AppListView(long version, AppQuery query, IList<AppStatus> rows, int total, IReadOnlyList<string> namespaces, int[] stateCounts)
    {
        if (stateCounts.Length != AppListViewBuilder.StateCount)
        {
            throw new ArgumentException($"Expected one count per {nameof(AppStateFilter)} ({AppListViewBuilder.StateCount}), got {stateCounts.Length}.", nameof(stateCounts));
        }

        Version = version;
        Query = query;
        Rows = new ReadOnlyCollection<AppStatus>(rows);
        Total = total;
        Namespaces = namespaces;
        _stateCounts = stateCounts;
    }

    public static AppListView Empty { get; } = new(-1, new AppQuery(), [], 0, [], new int[AppListViewBuilder.StateCount]);

    /// <summary>The snapshot version this view was computed from.</summary>
    public long Version { get; }

    /// <summary>The normalized query (see <see cref="AppListViewBuilder.Normalize"/>).</summary>
    public AppQuery Query { get; }

    /// <summary>The apps that match the query, sorted as it asks; read-only because circuits share it (an ICollection for Virtualize).</summary>
    public ReadOnlyCollection<AppStatus> Rows { get; }

    /// <summary>Every app in the snapshot, whatever the query.</summary>
    public int Total { get; }

    /// <summary>Distinct namespaces of every app, ordinal order.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>How many apps a state chip would show: the query with its state replaced by <paramref name="state"/>.</summary>
    public int CountFor(AppStateFilter state) => _stateCounts[(int)state];
}
