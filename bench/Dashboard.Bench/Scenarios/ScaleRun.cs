using Dashboard.Bench.Harness;

namespace Dashboard.Bench.Scenarios;

/// <summary>What one start of the app at one size measured; <see cref="Memory"/> is keyed by open pages.</summary>
public sealed record ScaleRun(double StartToCompleteMs, double InteractiveMs, double EmptyInteractiveMs, double FilterMs, SortedDictionary<int, ProcessProbe> Memory,
    PageWeight Full, PageWeight Empty);
