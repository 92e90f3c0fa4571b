using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>A scripted API server: queued list answers and watch streams; every call is recorded in order.</summary>
internal sealed class FakeResourceClient(TimeProvider time) : IKubernetesResourceClient
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<Func<ResourceListPage>> _lists = new();
    private readonly ConcurrentQueue<FakeWatch> _watches = new();
    private readonly Channel<FakeCall> _calls = Channel.CreateUnbounded<FakeCall>();

    public Func<ResourceType, bool> IsServed { get; set; } = _ => true;

    public List<FakeCall> History { get; } = [];

    public void EnqueueList(params ResourceListPage[] pages)
    {
        foreach (var page in pages)
        {
            _lists.Enqueue(() => page);
        }
    }

    public void EnqueueListError(Exception error) => _lists.Enqueue(() => throw error);

    public FakeWatch EnqueueWatch()
    {
        var watch = new FakeWatch();
        _watches.Enqueue(watch);
        return watch;
    }

    /// <summary>The next call the watcher makes, in order.</summary>
    public async Task<FakeCall> NextCallAsync(CancellationToken cancellationToken) =>
        await _calls.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(Bound, cancellationToken);

    /// <summary>Advances the fake clock in steps until the watcher makes its next call (it may be waiting on a delay).</summary>
    public async Task<FakeCall> AdvanceUntilNextCallAsync(FakeTimeProviderStepper stepper, CancellationToken cancellationToken)
    {
        var next = _calls.Reader.ReadAsync(cancellationToken).AsTask();
        await stepper.AdvanceUntilAsync(next, cancellationToken);
        return await next;
    }

    public Task<bool> IsServedAsync(ResourceType type, CancellationToken cancellationToken)
    {
        Record(new FakeCall("discover", type, null, null, 0, time.GetUtcNow()));
        return Task.FromResult(IsServed(type));
    }

    public async Task<ResourceListPage> ListAsync(ResourceType type, string? continueToken, int limit, CancellationToken cancellationToken)
    {
        Record(new FakeCall("list", type, null, continueToken, 0, time.GetUtcNow()));
        if (_lists.TryDequeue(out var answer))
        {
            return answer();
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    public async IAsyncEnumerable<WatchEvent> WatchAsync(ResourceType type, string resourceVersion, int timeoutSeconds, bool allowBookmarks,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Record(new FakeCall("watch", type, resourceVersion, null, timeoutSeconds, time.GetUtcNow()));
        if (!_watches.TryDequeue(out var watch))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield break;
        }

        await foreach (var step in watch.Steps.Reader.ReadAllAsync(cancellationToken))
        {
            switch (step)
            {
                case WatchEvent watchEvent:
                    yield return watchEvent;
                    break;
                case Exception error:
                    throw error;
                default:
                    yield break;
            }
        }
    }

    private void Record(FakeCall call)
    {
        lock (History)
        {
            History.Add(call);
        }

        _calls.Writer.TryWrite(call);
    }
}
