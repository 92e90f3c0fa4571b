using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Kubernetes.Watching;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.TlsSecrets;

/// <summary>
/// Keeps a <see cref="TlsSecretStatus"/> in the store for every TLS secret that a Certificate or Ingress of one
/// cluster names. Each secret is read by GET in its namespace (never listed or watched) when first named, when its
/// Certificate's revision or notAfter changes, and every <see cref="WatchOptions.TlsSecretRefreshInterval"/>.
/// Only the certificate's facts are kept; the secret's body is dropped as soon as it is parsed.
/// </summary>
public sealed class TlsSecretReader(
    string cluster,
    IKubernetesObjectReader client,
    IClusterStore store,
    IClusterStoreWriter writer,
    WatchOptions options,
    TimeProvider time,
    ILogger<TlsSecretReader> logger)
{
    private static readonly ResourceKind[] Triggers = [ResourceKind.Certificate, ResourceKind.Ingress];
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);
    private readonly Dictionary<(string Namespace, string Name), Fetched> _fetched = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var subscription = store.Subscribe();
        writer.SetWatchState(new KindWatchState(cluster, ResourceKind.TlsSecret, WatchPhase.Starting, null, null));
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan nextDue;
            try
            {
                nextDue = await PassAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (!await WaitForChangeAsync(subscription, nextDue, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Reads every secret that is new, changed or due; removes records of secrets no longer named.</summary>
    /// <returns>How long until the next secret is due.</returns>
    private async Task<TimeSpan> PassAsync(CancellationToken cancellationToken)
    {
        var wanted = TlsSecretReferences.From(store.Current, cluster);
        foreach (var gone in _fetched.Keys.Where(k => !wanted.ContainsKey(k)).ToList())
        {
            _fetched.Remove(gone);
            writer.Delete(KeyOf(gone.Namespace, gone.Name));
        }

        foreach (var reference in wanted.Values.OrderBy(r => r.Namespace, StringComparer.Ordinal).ThenBy(r => r.SecretName, StringComparer.Ordinal))
        {
            var id = (reference.Namespace, reference.SecretName);
            var now = time.GetUtcNow();
            if (_fetched.TryGetValue(id, out var last) && last.Signature == reference.Signature && last.DueAt > now)
            {
                if (!last.ReferencedBy.SequenceEqual(reference.ReferencedBy))
                {
                    _fetched[id] = last with { ReferencedBy = reference.ReferencedBy };
                    writer.Upsert(last.Status with { ReferencedBy = reference.ReferencedBy });
                }

                continue;
            }

            var status = await ReadAsync(reference, wasForbidden: last?.Status.State == TlsSecretState.Forbidden, cancellationToken);
            var interval = status.State is TlsSecretState.Forbidden or TlsSecretState.Failed
                ? options.ForbiddenRecheckInterval
                : options.TlsSecretRefreshInterval;
            _fetched[id] = new Fetched(reference.Signature, reference.ReferencedBy, time.GetUtcNow() + interval, status);
            writer.Upsert(status);
        }

        var forbidden = _fetched.Values.Where(f => f.Status.State == TlsSecretState.Forbidden).Select(f => f.Status.Key.Namespace).Distinct().Order().ToList();
        var message = forbidden.Count == 0 ? null : WatchedKinds.TlsSecret.ForbiddenMessage(string.Join(", ", forbidden));
        writer.SetWatchState(new KindWatchState(cluster, ResourceKind.TlsSecret, WatchPhase.Watching, message, time.GetUtcNow()));
        return _fetched.Count == 0 ? options.TlsSecretRefreshInterval : _fetched.Values.Min(f => f.DueAt) - time.GetUtcNow();
    }

    private async Task<TlsSecretStatus> ReadAsync(TlsSecretReference reference, bool wasForbidden, CancellationToken cancellationToken)
    {
        var key = KeyOf(reference.Namespace, reference.SecretName);
        var basis = new TlsSecretStatus { Key = key, ReferencedBy = reference.ReferencedBy, FetchedAt = time.GetUtcNow() };
        try
        {
            var status = await client.GetAsync(WatchedKinds.TlsSecret.Type, reference.Namespace, reference.SecretName,
                secret => TlsSecretParser.Parse(key, secret, reference.ReferencedBy, time.GetUtcNow()), cancellationToken);
            return status ?? basis with { State = TlsSecretState.NotFound, Message = $"secret {reference.Namespace}/{reference.SecretName} does not exist" };
        }
        catch (ResourceForbiddenException)
        {
            var message = WatchedKinds.TlsSecret.ForbiddenMessage(reference.Namespace);
            if (!wasForbidden)
            {
                TlsSecretLog.Forbidden(logger, cluster, message);
            }

            return basis with { State = TlsSecretState.Forbidden, Message = message };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            TlsSecretLog.Failed(logger, reference.Namespace, reference.SecretName, cluster, ex.Message);
            return basis with { State = TlsSecretState.Failed, Message = ex.Message };
        }
    }

    /// <summary>Waits until a Certificate or Ingress changes or the next secret is due; false when stopping.</summary>
    private async Task<bool> WaitForChangeAsync(ClusterSubscription subscription, TimeSpan nextDue, CancellationToken cancellationToken)
    {
        if (nextDue <= TimeSpan.Zero)
        {
            return true;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // The delay runs on the injected clock so tests can move it.
            var due = Task.Delay(nextDue < MaxWait ? nextDue : MaxWait, time, stop.Token);
            while (true)
            {
                var ready = subscription.Changes.WaitToReadAsync(stop.Token).AsTask();
                if (await Task.WhenAny(ready, due) == due)
                {
                    return !cancellationToken.IsCancellationRequested;
                }

                if (!await ready)
                {
                    return false;
                }

                var relevant = false;
                while (subscription.Changes.TryRead(out var change))
                {
                    relevant |= change.Type == ChangeType.Resync
                        || (change.Key is { } key && key.Cluster == cluster && Triggers.Contains(key.Kind));
                }

                if (relevant)
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return !cancellationToken.IsCancellationRequested;
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private ResourceKey KeyOf(string ns, string name) => new(cluster, ResourceKind.TlsSecret, ns, name);

    private sealed record Fetched(string Signature, IReadOnlyList<string> ReferencedBy, DateTimeOffset DueAt, TlsSecretStatus Status);
}
