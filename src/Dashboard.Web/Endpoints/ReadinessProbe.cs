using Dashboard.Data;
using Dashboard.Kubernetes.Connection;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Answers /readyz: the database is migrated and at least one cluster answers. The cluster probe is
/// cached briefly so a kubelet probing every few seconds costs the API server almost nothing.
/// </summary>
public sealed class ReadinessProbe(DatabaseState database, ClusterConnectionRegistry clusters, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, bool Reachable)? _last;

    public async Task<IReadOnlyList<string>> FindProblemsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!database.IsReady)
        {
            problems.Add("database not migrated");
        }

        if (!await IsAnyClusterReachableAsync(cancellationToken))
        {
            problems.Add("no cluster reachable");
        }

        return problems;
    }

    private async Task<bool> IsAnyClusterReachableAsync(CancellationToken cancellationToken)
    {
        var connectionsTask = clusters.WhenReadyAsync(cancellationToken);
        if (!connectionsTask.IsCompletedSuccessfully)
        {
            return false;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_last is { } last && now - last.At < CacheFor)
            {
                return last.Reachable;
            }

            var reachable = false;
            foreach (var connection in connectionsTask.Result)
            {
                if (await ClusterProbe.TryReachAsync(connection, ProbeTimeout, cancellationToken) is null)
                {
                    reachable = true;
                    break;
                }
            }

            _last = (now, reachable);
            return reachable;
        }
        finally
        {
            _gate.Release();
        }
    }
}
