using System.Collections.Immutable;
using System.Threading.Channels;

namespace Dashboard.Core.GitOps;

/// <summary>
/// In-memory <see cref="IRepositoryStore"/>. Writers serialize on one lock; each subscriber has a one-slot channel
/// that keeps only the newest snapshot, so a slow page never holds memory or blocks the watcher.
/// </summary>
public sealed class RepositoryStore : IRepositoryStore
{
    private readonly Lock _writeLock = new();
    private ImmutableArray<Channel<RepositorySnapshot>> _subscribers = [];
    private volatile RepositorySnapshot _current = RepositorySnapshot.Empty;

    public RepositorySnapshot Current => _current;

    public int SubscriberCount => _subscribers.Length;

    public RepositorySubscription Subscribe()
    {
        var channel = Channel.CreateBounded<RepositorySnapshot>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(channel));
        return new RepositorySubscription(_current, channel.Reader, () =>
        {
            ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(channel));
            channel.Writer.TryComplete();
        });
    }

    public void Upsert(RepositoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Publish(s => s with { Branches = s.Branches.SetItem(state.Key, state) });
    }

    /// <summary>Keeps only the branches in <paramref name="keep"/> and replaces the ignored list.</summary>
    public void Retain(IReadOnlySet<RepositoryBranch> keep, IReadOnlyList<IgnoredSource> ignored)
    {
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(ignored);
        Publish(s =>
        {
            var branches = s.Branches.RemoveRange(s.Branches.Keys.Where(k => !keep.Contains(k)));
            return branches.Count == s.Branches.Count && s.Ignored.SequenceEqual(ignored) ? s : s with { Branches = branches, Ignored = [.. ignored] };
        });
    }

    private void Publish(Func<RepositorySnapshot, RepositorySnapshot> change)
    {
        lock (_writeLock)
        {
            var next = change(_current);
            if (ReferenceEquals(next, _current))
            {
                return;
            }

            next = next with { Version = _current.Version + 1 };
            _current = next;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(next);
            }
        }
    }
}
