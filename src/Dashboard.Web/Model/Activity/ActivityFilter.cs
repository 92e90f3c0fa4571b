using Dashboard.Core.History;

namespace Dashboard.Web.Model.Activity;

/// <summary>What the Activity page asks for: a search, the row types, and how many rows ("load more" grows it, bounded).</summary>
public sealed record ActivityFilter(string? Search = null, ActivityTypes Types = ActivityTypes.All, int Limit = ActivityFilter.PageSize)
{
    public const int PageSize = 50;

    public ActivityQuery ToQuery() => new(string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), Types, Limit);

    public bool CanLoadMore(int shown) => shown >= Limit && Limit < ActivityQuery.MaxLimit;

    public ActivityFilter More() => this with { Limit = Math.Min(Limit + PageSize, ActivityQuery.MaxLimit) };

    /// <summary>A new search or type starts again from the first page.</summary>
    public ActivityFilter WithSearch(string? search) => this with { Search = search, Limit = PageSize };

    public ActivityFilter WithTypes(ActivityTypes types) => this with { Types = types, Limit = PageSize };
}
