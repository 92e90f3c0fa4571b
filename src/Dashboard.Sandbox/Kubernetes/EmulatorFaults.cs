using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>
/// Fault injection for tests: drop or stall watch streams, force 410 by compacting, fail the next N requests,
/// forbid a resource, hide a CRD. Restarts are on <see cref="KubernetesEmulator.RestartAsync"/>.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<HttpContext, bool> _watchStreams = new();
    private readonly ConcurrentDictionary<string, bool> _forbidden = new(StringComparer.Ordinal);
    private readonly Store.ObjectStore _store;
    private readonly List<InjectedFailure> _failures = [];
    private TaskCompletionSource _stallGate = CompletedGate();

    internal EmulatorFaults(Store.ObjectStore store) => _store = store;

    /// <summary>Watch streams open right now.</summary>
    public int OpenWatchCount => _watchStreams.Count;

    /// <summary>Aborts every open watch connection (the client sees the stream break, not a clean end).</summary>
    public void DropWatches()
    {
        foreach (var context in _watchStreams.Keys)
        {
            try
            {
                context.Abort();
            }
            catch (ObjectDisposedException)
            {
                // The stream ended between the snapshot of the keys and the abort; Kestrel already recycled it.
            }

            _watchStreams.TryRemove(context, out _);
        }
    }

    /// <summary>Open watch streams keep their connection but send nothing (no events, no bookmarks, no end) until <see cref="ReleaseWatches"/>.</summary>
    public void StallWatches()
    {
        lock (_gate)
        {
            if (_stallGate.Task.IsCompleted)
            {
                _stallGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void ReleaseWatches()
    {
        lock (_gate)
        {
            _stallGate.TrySetResult();
        }
    }

    /// <summary>Forgets the event history: the next watch or exact list from an older RV answers 410.</summary>
    public void CompactHistory() => _store.Compact();

    /// <summary>The next <paramref name="count"/> requests (optionally only under a path prefix) answer 500 InternalError.</summary>
    public void FailNext(int count, string? pathPrefix = null) => AddFailure(new InjectedFailure(count, 500, pathPrefix, 0));

    /// <summary>The next <paramref name="count"/> requests answer 429 TooManyRequests with <c>Retry-After</c>.</summary>
    public void ThrottleNext(int count, int retryAfterSeconds = 1, string? pathPrefix = null) =>
        AddFailure(new InjectedFailure(count, 429, pathPrefix, retryAfterSeconds));

    /// <summary>Every request on this resource (e.g. <c>applications.argoproj.io</c>) answers 403 in the RBAC format.</summary>
    public void Forbid(string qualifiedName) => _forbidden[qualifiedName] = true;

    public void Allow(string qualifiedName) => _forbidden.TryRemove(qualifiedName, out _);

    internal bool IsForbidden(ResourceType type) => _forbidden.ContainsKey(type.QualifiedName);

    internal Task WhileStalledAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _stallGate.Task.IsCompleted ? Task.CompletedTask : _stallGate.Task.WaitAsync(cancellationToken);
        }
    }

    internal (int Code, int RetryAfterSeconds)? TakeFailure(string path)
    {
        lock (_gate)
        {
            var failure = _failures.FirstOrDefault(f => f.Remaining > 0 && (f.PathPrefix is null || path.StartsWith(f.PathPrefix, StringComparison.Ordinal)));
            if (failure is null)
            {
                return null;
            }

            failure.Remaining--;
            _failures.RemoveAll(f => f.Remaining <= 0);
            return (failure.Code, failure.RetryAfterSeconds);
        }
    }

    internal void TrackWatch(HttpContext context) => _watchStreams[context] = true;

    internal void UntrackWatch(HttpContext context) => _watchStreams.TryRemove(context, out _);

    private void AddFailure(InjectedFailure failure)
    {
        lock (_gate)
        {
            _failures.Add(failure);
        }
    }

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }

    private sealed class InjectedFailure(int remaining, int code, string? pathPrefix, int retryAfterSeconds)
    {
        public int Remaining { get; set; } = remaining;

        public int Code { get; } = code;

        public string? PathPrefix { get; } = pathPrefix;

        public int RetryAfterSeconds { get; } = retryAfterSeconds;
    }
}
