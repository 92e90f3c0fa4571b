using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Watching;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>One watcher against the fake client, a real store and a fake clock; started on demand, stopped on dispose.</summary>
internal sealed class WatcherHarness : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    public WatcherHarness(WatchedKind? kind = null, double random = 0.5, Action<WatchOptions>? configure = null)
    {
        Kind = kind ?? WatchedKinds.FluxKustomization;
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        Stepper = new FakeTimeProviderStepper(Time, TimeSpan.FromMilliseconds(250));
        Client = new FakeResourceClient(Time);
        configure?.Invoke(Options);
        Watcher = new ResourceWatcher("home", Kind, Client, new TestMapper(Kind.Kind), Store, Options, Time, new FixedRandom(random), Logger);
    }

    public WatchedKind Kind { get; }
    public FakeTimeProvider Time { get; }
    public FakeTimeProviderStepper Stepper { get; }
    public FakeResourceClient Client { get; }
    public ClusterStore Store { get; } = new();
    public ListLogger<ResourceWatcher> Logger { get; } = new();
    public WatchOptions Options { get; } = new();
    public ResourceWatcher Watcher { get; }

    public IEnumerable<string> ItemNames => Store.Current.Items.Keys.Where(k => k.Kind == Kind.Kind).Select(k => k.Name).Order();

    public KindWatchState? State => Store.Current.Watches.GetValueOrDefault(("home", Kind.Kind));

    public void Start() => _run = Task.Run(() => Watcher.RunAsync(_stop.Token));

    /// <summary>Skips discovery and returns the first list call.</summary>
    public async Task<FakeCall> StartAndExpectListAsync(CancellationToken cancellationToken)
    {
        Start();
        Assert.Equal("discover", (await Client.NextCallAsync(cancellationToken)).Operation);
        var list = await Client.NextCallAsync(cancellationToken);
        Assert.Equal("list", list.Operation);
        return list;
    }

    public async Task<KindWatchState> WaitForStateAsync(Func<KindWatchState, bool> predicate, CancellationToken cancellationToken)
    {
        using var subscription = Store.Subscribe();
        if (subscription.Snapshot.Watches.GetValueOrDefault(("home", Kind.Kind)) is { } current && predicate(current))
        {
            return current;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Bound);
        await foreach (var change in subscription.Changes.ReadAllAsync(timeout.Token))
        {
            var state = change.Watch ?? change.Snapshot?.Watches.GetValueOrDefault(("home", Kind.Kind));
            if (state is not null && state.Kind == Kind.Kind && predicate(state))
            {
                return state;
            }
        }

        throw new InvalidOperationException("The store completed without the expected state.");
    }

    public List<ListLogger<ResourceWatcher>.LogEntry> Warnings(int eventId) =>
        Logger.Snapshot().Where(e => e.EventId == eventId).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run.WaitAsync(Bound);
        }

        _stop.Dispose();
    }

    public static ResourceKey KeyOf(WatchedKind kind, string name, string ns = "apps") => new("home", kind.Kind, ns, name);
}
