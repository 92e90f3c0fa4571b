using Dashboard.Core.Cluster;

namespace Dashboard.Web.Model.Apps;

/// <summary>What the user asked the Apps table to show. Immutable so it can live in the URL.</summary>
public sealed record AppQuery
{
    public AppStateFilter State { get; init; } = AppStateFilter.All;
    public Controller? Controller { get; init; }
    public string? Namespace { get; init; }
    public string? Cluster { get; init; }
    public string? Search { get; init; }
    public AppSortColumn SortBy { get; init; } = AppSortColumn.Status;
    public bool Descending { get; init; }
}
