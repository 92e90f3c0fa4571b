using Dashboard.Core.Cluster;
using Dashboard.Core.Health;

namespace Dashboard.Core.Notifications;

/// <summary>
/// Turns successive problem lists into "problem" and "recovered" notifications, on transitions only:
/// one open problem per object and reason; a grace period for app states that pass during a
/// rollout; and a quiet period per object, within which further changes wait (and a problem that
/// came and went meanwhile sends nothing). Problems present when a kind is first listed are the
/// baseline: they count as already announced, so a restart does not repeat them (their recovery is
/// announced). Pure apart from the clock; not thread-safe, one reader owns it.
/// </summary>
public sealed class ProblemStateTracker(TimeProvider time, NotificationSettings settings, Func<ResourceKey, string> linkFor)
{
    private readonly Dictionary<(ResourceKey Key, string Reason), Entry> _entries = [];
    private readonly Dictionary<ResourceKey, DateTimeOffset> _lastNotified = [];
    private readonly HashSet<(string Cluster, ResourceKind Kind)> _baselined = [];

    /// <summary>Problems currently known (announced or waiting out the grace period), for diagnostics and tests.</summary>
    public int OpenCount => _entries.Count;

    /// <param name="problems">Everything wrong now (the Overview's list).</param>
    /// <param name="listedKinds">Kinds whose watch has completed a list; problems of other kinds are not judged yet.</param>
    public IReadOnlyList<Notification> Evaluate(IEnumerable<Problem> problems, IEnumerable<(string Cluster, ResourceKind Kind)> listedKinds)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(listedKinds);
        var now = time.GetUtcNow();
        var current = new Dictionary<(ResourceKey, string), Problem>();
        foreach (var problem in problems)
        {
            if (problem.Key is { } key && NotificationReasons.For(problem) is { } reason)
            {
                current.TryAdd((key, reason), problem);
            }
        }

        AddBaseline(current, listedKinds, now);
        foreach (var ((key, reason), problem) in current)
        {
            if (!_baselined.Contains((key.Cluster, key.Kind)))
            {
                continue;
            }

            if (_entries.TryGetValue((key, reason), out var entry))
            {
                entry.Latest = problem;
                entry.Present = true;
            }
            else
            {
                _entries[(key, reason)] = new Entry(problem, now);
            }
        }

        var sent = new List<Notification>();
        foreach (var ((key, reason), entry) in _entries.ToList())
        {
            entry.Present = current.ContainsKey((key, reason));
            if (!entry.Present && !entry.Announced)
            {
                _entries.Remove((key, reason)); // gone within the grace period (or the quiet period held it back)
                continue;
            }

            if (InQuietPeriod(key, now))
            {
                continue;
            }

            if (entry.Present && !entry.Announced && now - entry.FirstSeen >= Grace(reason))
            {
                entry.Announced = true;
                sent.Add(Create(NotificationKind.Problem, key, reason, entry.Latest, now));
            }
            else if (!entry.Present)
            {
                _entries.Remove((key, reason));
                sent.Add(Create(NotificationKind.Recovered, key, reason, entry.Latest, now));
            }
        }

        // After the loop: two reasons of one object changing together both go out.
        foreach (var notification in sent)
        {
            _lastNotified[notification.Key] = now;
        }

        return sent;
    }

    private void AddBaseline(Dictionary<(ResourceKey, string), Problem> current, IEnumerable<(string Cluster, ResourceKind Kind)> listedKinds,
        DateTimeOffset now)
    {
        foreach (var kind in listedKinds)
        {
            if (!_baselined.Add(kind))
            {
                continue;
            }

            foreach (var ((key, reason), problem) in current.Where(p => p.Key.Item1.Cluster == kind.Cluster && p.Key.Item1.Kind == kind.Kind))
            {
                _entries[(key, reason)] = new Entry(problem, now) { Announced = true };
            }
        }
    }

    private bool InQuietPeriod(ResourceKey key, DateTimeOffset now) =>
        _lastNotified.TryGetValue(key, out var last) && now - last < settings.QuietPeriod;

    private TimeSpan Grace(string reason) => NotificationReasons.NeedsGrace(reason) ? settings.GracePeriod : TimeSpan.Zero;

    private Notification Create(NotificationKind kind, ResourceKey key, string reason, Problem problem, DateTimeOffset now) =>
        new(Guid.NewGuid(), kind, key, reason, problem.Title, problem.Detail, problem.Severity, Link(key), now);

    private string Link(ResourceKey key)
    {
        var relative = linkFor(key);
        return settings.BaseUrl is { } baseUrl ? new Uri(baseUrl, relative).ToString() : "/" + relative;
    }

    private sealed class Entry(Problem latest, DateTimeOffset firstSeen)
    {
        public Problem Latest { get; set; } = latest;
        public DateTimeOffset FirstSeen { get; } = firstSeen;
        public bool Present { get; set; } = true;
        public bool Announced { get; set; }
    }
}
