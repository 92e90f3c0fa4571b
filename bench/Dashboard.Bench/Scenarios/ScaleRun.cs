using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>
/// What one start of the app at one size measured; <see cref="Memory"/> (as the process runs) and <see cref="Live"/>
/// (right after a forced full GC, read just after <see cref="Memory"/>) are keyed by open pages; <see cref="Full"/> and
/// <see cref="Empty"/> weigh the Apps page with every row and with none.
/// </summary>
public sealed record ScaleRun(double StartToCompleteMs, double InteractiveMs, double EmptyInteractiveMs, double FilterMs,
    SortedDictionary<int, ProcessProbe> Memory, SortedDictionary<int, ProcessProbe> Live, PageWeight Full, PageWeight Empty);
