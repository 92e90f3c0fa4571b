namespace Dashboard.Bench.Scenarios;

/// <summary>
/// What one fresh Apps page cost to produce and carry: the prerendered HTML (server time of a plain GET, median of
/// five; bytes; rows in it) and, once interactive, the first render batch and the DOM it left.
/// </summary>
public sealed record PageWeight(double PrerenderMs, double PrerenderBytes, double PrerenderRows, double FirstBatchBytes, double DomElements, double RowsInDom);
