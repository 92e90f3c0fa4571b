using System.Net;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Mapping;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// The one list+watch loop for one kind in one cluster (DESIGN.md rule 1): discover the served
/// version, list in pages into the store, watch from the list's resourceVersion with bookmarks and a
/// jittered timeout, resume from the last resourceVersion, relist on 410, detect stalls, and back off
/// with full jitter on errors. Every phase change is written to the store for the pages to show.
/// </summary>
public sealed class ResourceWatcher
{
    private readonly string _cluster;
    private readonly WatchedKind _kind;
    private readonly IKubernetesResourceClient _client;
    private readonly IClusterStoreWriter _store;
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILogger _logger;
    private readonly Backoff _backoff;
    private readonly ItemMapping _mapping;

    private ResourceType? _type;
    private string? _lastResourceVersion;
    private bool _needList = true;
    private int _errorCount;
    private int _consecutiveGone;
    private DateTimeOffset? _healthySince;
    private KindWatchState? _state;

    private readonly string? _listNamespace;

    /// <param name="listNamespace">
    /// List and watch only this namespace (Dashboard:Kubernetes:Namespaces), or null for all. The store then sees only this
    /// namespace's objects: give it a <see cref="NamespaceStoreWriter"/>, so a relist does not delete the other namespaces' objects.
    /// </param>
    public ResourceWatcher(string cluster, WatchedKind kind, IKubernetesResourceClient client, IResourceMapper mapper, IClusterStoreWriter store,
        WatchOptions options, TimeProvider timeProvider, Random random, ILogger<ResourceWatcher> logger, string? listNamespace = null)
    {
        if (mapper.Kind != kind.Kind)
        {
            throw new ArgumentException($"The mapper for {mapper.Kind} cannot map {kind.Kind}.", nameof(mapper));
        }

        _cluster = cluster;
        _kind = kind;
        _listNamespace = listNamespace;
        _client = client;
        _store = store;
        _options = options;
        _time = timeProvider;
        _random = random;
        _logger = logger;
        _backoff = new Backoff(options.BackoffInitial, options.BackoffCap, random);
        _mapping = new ItemMapping(cluster, mapper, logger);
    }

    private string Resource => (_type ?? _kind.Preferred).QualifiedName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Report(WatchPhase.Starting, null);
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan? wait;
            try
            {
                wait = await StepAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ResourceGoneException ex)
            {
                _needList = true;
                WatcherLog.Relisting(_logger, Resource, _cluster);
                wait = _consecutiveGone++ == 0 ? null : Failure(ex, null);
            }
            catch (ResourceForbiddenException)
            {
                wait = EnterForbidden();
            }
            catch (ResourceNotFoundException ex)
            {
                // The type was served at discovery but is gone now (CRD removed): discover again.
                _type = null;
                _needList = true;
                wait = Failure(ex, null);
            }
            catch (TooManyRequestsException ex)
            {
                wait = Failure(ex, ex.RetryAfter);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                wait = Failure(ex, null);
            }

            if (wait is { } delay && delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, _time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <returns>How long to wait before the next step; null to go on at once.</returns>
    private async Task<TimeSpan?> StepAsync(CancellationToken cancellationToken)
    {
        if (_type is null)
        {
            _type = await DiscoverAsync(cancellationToken);
            if (_type is null)
            {
                return EnterNotInstalled();
            }

            _mapping.Type = _type;
            _needList = true;
            WatcherLog.Served(_logger, _kind.Kind.ToString(), _cluster, _type.GroupVersion);
        }

        if (_needList || _lastResourceVersion is null)
        {
            await ListAsync(_type, cancellationToken);
        }

        await WatchAsync(_type, _lastResourceVersion!, cancellationToken);
        return null;
    }

    private async Task<ResourceType?> DiscoverAsync(CancellationToken cancellationToken)
    {
        foreach (var candidate in _kind.Candidates)
        {
            if (await _client.IsServedAsync(candidate, cancellationToken))
            {
                return candidate.In(_listNamespace);
            }
        }

        return null;
    }

    private async Task ListAsync(ResourceType type, CancellationToken cancellationToken)
    {
        Report(WatchPhase.Listing, _state?.Phase == WatchPhase.Reconnecting ? _state.Message : null);
        var items = new List<IClusterItem>();
        string? listVersion = null;
        string? continueToken = null;
        do
        {
            var page = await _client.ListAsync(type, continueToken, _options.PageSize, cancellationToken);
            listVersion ??= page.ResourceVersion;
            foreach (var item in page.Items)
            {
                if (_mapping.Map(item) is { } mapped)
                {
                    items.Add(mapped);
                }
            }

            continueToken = page.Continue;
        }
        while (continueToken is not null);

        // A relist is the whole truth: objects deleted while we were away disappear here.
        _store.ReplaceAll(_cluster, _kind.Kind, items);
        _mapping.ForgetAllExcept(items);
        _lastResourceVersion = listVersion;
        _needList = false;
        _healthySince ??= _time.GetUtcNow();
        WatcherLog.Listed(_logger, items.Count, type.QualifiedName, _cluster, listVersion);
        Report(WatchPhase.Watching, null, syncedAt: _time.GetUtcNow());
    }

    private async Task WatchAsync(ResourceType type, string resourceVersion, CancellationToken cancellationToken)
    {
        var timeout = _options.WatchTimeout * (1 + (_options.WatchTimeoutJitter * _random.NextDouble()));
        var timeoutSeconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        var stallAfter = TimeSpan.FromSeconds(timeoutSeconds) + _options.StallGrace;
        using var stall = new CancellationTokenSource(stallAfter, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
        var started = _time.GetUtcNow();
        var events = 0;
        try
        {
            await foreach (var watchEvent in _client.WatchAsync(type, resourceVersion, timeoutSeconds, allowBookmarks: true, linked.Token))
            {
                stall.CancelAfter(stallAfter);
                events++;
                Apply(watchEvent, type);
            }
        }
        catch (Exception ex) when (stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the watch sent nothing (no event, no bookmark) for {stallAfter.TotalSeconds:0} s; it counts as stalled", ex);
        }

        if (events == 0 && _time.GetUtcNow() - started < _options.MinimumWatchDuration)
        {
            throw new KubernetesApiException(HttpStatusCode.OK, null, "the watch ended at once without any event");
        }

        // A clean end at timeoutSeconds: the caller re-watches from the last resourceVersion.
        _consecutiveGone = 0;
    }

    private void Apply(WatchEvent watchEvent, ResourceType type)
    {
        switch (watchEvent.Type)
        {
            case WatchEvent.Added or WatchEvent.Modified:
                RememberVersion(watchEvent);
                if (_mapping.Map(watchEvent.Object) is { } item)
                {
                    _store.Upsert(item);
                }

                MarkSynced(force: false);
                break;
            case WatchEvent.Deleted:
                RememberVersion(watchEvent);
                if (_mapping.KeyOf(watchEvent.Object) is { } key)
                {
                    _store.Delete(key);
                    _mapping.Forget(key);
                }

                MarkSynced(force: false);
                break;
            case WatchEvent.Bookmark:
                RememberVersion(watchEvent);
                MarkSynced(force: true);
                break;
            case WatchEvent.Error:
                throw KubernetesErrors.FromErrorEvent(watchEvent.Object, $"watch {type.QualifiedName}");
            default:
                break; // Unknown event types are ignored, as client-go does with a log line.
        }
    }

    private void RememberVersion(WatchEvent watchEvent)
    {
        if (ObjectMetadata.ResourceVersion(watchEvent.Object) is { Length: > 0 } version)
        {
            _lastResourceVersion = version;
        }

        _consecutiveGone = 0;
        _healthySince ??= _time.GetUtcNow();
    }

    private void MarkSynced(bool force)
    {
        var now = _time.GetUtcNow();
        ResetIfHealthy(now);
        if (force || _state is not { Phase: WatchPhase.Watching, SyncedAt: { } last } || now - last >= _options.SyncedAtRefreshInterval)
        {
            Report(WatchPhase.Watching, null, syncedAt: now);
        }
    }

    private TimeSpan? Failure(Exception error, TimeSpan? minimumDelay)
    {
        ResetIfHealthy(_time.GetUtcNow());
        _healthySince = null;
        _errorCount++;
        var delay = _backoff.Next();
        if (minimumDelay is { } minimum && minimum > delay)
        {
            delay = minimum;
        }

        var message = error.Message;
        WatcherLog.Reconnecting(_logger, Resource, _cluster, _errorCount, delay, message);
        Report(WatchPhase.Reconnecting, message);
        return delay;
    }

    private void ResetIfHealthy(DateTimeOffset now)
    {
        if (_healthySince is { } since && now - since >= _options.HealthyResetAfter && (_errorCount > 0 || _backoff.Attempt > 0))
        {
            _backoff.Reset();
            _errorCount = 0;
        }
    }

    private TimeSpan EnterNotInstalled()
    {
        if (_state?.Phase != WatchPhase.NotInstalled)
        {
            WatcherLog.NotInstalled(_logger, _kind.NotInstalledMessage, _options.NotInstalledRecheckInterval);
        }

        // Objects of a type that is not served cannot exist (the CRD may have been removed).
        _store.ReplaceAll(_cluster, _kind.Kind, []);
        _backoff.Reset();
        _errorCount = 0;
        _needList = true;
        Report(WatchPhase.NotInstalled, _kind.NotInstalledMessage, syncedAt: _time.GetUtcNow());
        return _options.NotInstalledRecheckInterval;
    }

    private TimeSpan EnterForbidden()
    {
        var message = _kind.ForbiddenMessage(_type ?? _kind.Preferred);
        if (_state?.Phase != WatchPhase.Forbidden)
        {
            WatcherLog.Forbidden(_logger, _cluster, message);
        }

        _needList = true;
        Report(WatchPhase.Forbidden, message);
        return _options.ForbiddenRecheckInterval;
    }

    private void Report(WatchPhase phase, string? message, DateTimeOffset? syncedAt = null)
    {
        _state = new KindWatchState(_cluster, _kind.Kind, phase, message, syncedAt ?? _state?.SyncedAt, _errorCount);
        _store.SetWatchState(_state);
    }
}
