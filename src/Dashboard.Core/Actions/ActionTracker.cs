using System.Runtime.CompilerServices;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Actions;

/// <summary>
/// Follows an app in the store after a commit until the controller reports the commit's SHA with a known health,
/// or a timeout (<see cref="ActionOptions.TrackingTimeout"/>). State comes only from the store (DESIGN.md rule 4).
/// </summary>
public sealed class ActionTracker(IClusterStore store, ActionOptions options, TimeProvider time)
{
    /// <summary>Yields Committed, then WaitingForController on each change of the app, and ends with Synced or TimedOut.</summary>
    public async IAsyncEnumerable<TrackingState> TrackAsync(ResourceKey app, string sha, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha);
        using var subscription = store.Subscribe();
        using var timeout = new CancellationTokenSource(options.TrackingTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        yield return new TrackingState.Committed(sha);

        var current = subscription.Snapshot.Items.GetValueOrDefault(app) as AppStatus;
        TrackingState? last = null;
        while (true)
        {
            var state = Evaluate(current, sha);
            if (state is TrackingState.Synced)
            {
                yield return state;
                yield break;
            }

            if (state != last)
            {
                last = state;
                yield return state;
            }

            var next = await NextAsync(subscription, app, linked.Token);
            if (next.TimedOut)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var message = current is null
                    ? $"{app} is not in the store; it may have been deleted."
                    : $"After {options.TrackingTimeout.TotalMinutes:0.#} min the controller still reports {Describe(current.Revision)} ({current.Health}), not {sha[..Math.Min(7, sha.Length)]}.";
                yield return new TrackingState.TimedOut(sha, current?.Revision, current?.Health ?? HealthState.Unknown, message);
                yield break;
            }

            current = next.App;
        }
    }

    /// <summary>Whether the app reports <paramref name="sha"/> (either may be abbreviated) with a settled health.</summary>
    public static TrackingState Evaluate(AppStatus? app, string sha)
    {
        if (app is null || !SameCommit(app.Revision, sha) || app.Health is HealthState.Unknown or HealthState.Progressing)
        {
            return new TrackingState.WaitingForController(sha, app?.Revision, app?.Health ?? HealthState.Unknown);
        }

        return new TrackingState.Synced(app.Revision!, app.Health);
    }

    private static bool SameCommit(string? revision, string sha) =>
        !string.IsNullOrEmpty(revision) && revision.Length >= 7 && sha.Length >= 7
        && (revision.StartsWith(sha, StringComparison.OrdinalIgnoreCase) || sha.StartsWith(revision, StringComparison.OrdinalIgnoreCase));

    /// <summary>The app's next version (null when deleted), or TimedOut when the token fires.</summary>
    private static async Task<(bool TimedOut, AppStatus? App)> NextAsync(ClusterSubscription subscription, ResourceKey app, CancellationToken token)
    {
        try
        {
            while (await subscription.Changes.WaitToReadAsync(token))
            {
                while (subscription.Changes.TryRead(out var change))
                {
                    if (change.Type == ChangeType.Resync && change.Snapshot is { } snapshot)
                    {
                        return (false, snapshot.Items.GetValueOrDefault(app) as AppStatus);
                    }

                    if (change.Key == app)
                    {
                        return (false, change.Item as AppStatus);
                    }
                }
            }

            return (true, null);
        }
        catch (OperationCanceledException)
        {
            return (true, null);
        }
    }

    private static string Describe(string? revision) => string.IsNullOrEmpty(revision) ? "no revision" : revision[..Math.Min(7, revision.Length)];
}
