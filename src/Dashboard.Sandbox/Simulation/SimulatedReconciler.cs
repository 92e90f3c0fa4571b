using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Kubernetes.Store;

namespace Dashboard.Sandbox.Simulation;

/// <summary>
/// Simulated Argo CD and Flux controllers for the sandbox repository: each <see cref="Step"/> reads the head of
/// the branch (in-process), and when it moved, Flux fetches the new artifact and applies the Kustomizations, and
/// Argo CD marks the apps whose path changed OutOfSync and syncs the automated ones a little later. The controllers'
/// "reconcile now" annotations are honoured at the next step. Everything is a patch through the object store, so
/// watches see ordinary MODIFIED events; the clock is injectable so tests step it by hand.
/// </summary>
public sealed partial class SimulatedReconciler : IAsyncDisposable
{
    internal const string ArgoRefreshAnnotation = "argocd.argoproj.io/refresh";
    internal const string FluxRequestedAtAnnotation = "reconcile.fluxcd.io/requestedAt";

    private readonly ObjectStore _store;
    private readonly SandboxGitRepository _repository;
    private readonly SimulatedReconcilerOptions _options;
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset Due, long Order, Func<int> Run)> _scheduled = [];
    private readonly HashSet<string> _syncing = new(StringComparer.Ordinal);
    private GitManifests? _manifests;
    private readonly PeriodicStep _loop = new();
    private string? _lastHead;
    private long _order;

    public SimulatedReconciler(ObjectStore store, SandboxGitRepository repository, SimulatedReconcilerOptions? options = null)
    {
        _store = store;
        _repository = repository;
        _options = options ?? new SimulatedReconcilerOptions();
        // The seeded objects already describe the seeded head; only later commits are news.
        _lastHead = repository.HeadOf();
    }

    /// <summary>The head the controllers last saw.</summary>
    public string? LastSeenHead
    {
        get
        {
            lock (_gate)
            {
                return _lastHead;
            }
        }
    }

    /// <summary>Transitions waiting for their time (a Flux apply in progress, an Argo sync running).</summary>
    public int PendingTransitions
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count;
            }
        }
    }

    public void Start() => _loop.Start(_options.PollInterval, _options.TimeProvider, () => Step());

    public Task StopAsync() => _loop.StopAsync();

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>One poll: react to a moved head and to reconcile requests, then run the transitions that are due. Returns how many objects changed.</summary>
    public int Step()
    {
        lock (_gate)
        {
            var changes = 0;
            var head = _repository.HeadOf();
            if (head is not null && head != _lastHead)
            {
                _lastHead = head;
                changes += Guard(() => OnFluxHead(head)) + Guard(() => OnArgoHead(head));
            }

            if (head is not null)
            {
                changes += Guard(() => HandleFluxRequests(head)) + Guard(() => HandleArgoRequests(head));
            }

            return changes + RunDue();
        }
    }

    private int RunDue()
    {
        var changes = 0;
        var now = _options.TimeProvider.GetUtcNow();
        // Bounded: a transition may schedule a follow-up that is due at once.
        for (var round = 0; round < 16; round++)
        {
            var due = _scheduled.Where(s => s.Due <= now).OrderBy(s => s.Due).ThenBy(s => s.Order).ToList();
            if (due.Count == 0)
            {
                break;
            }

            foreach (var item in due)
            {
                _scheduled.Remove(item);
                changes += Guard(item.Run);
            }
        }

        return changes;
    }

    private void Schedule(TimeSpan delay, Func<int> run) =>
        _scheduled.Add((_options.TimeProvider.GetUtcNow() + delay, ++_order, run));

    private GitManifests Manifests(string head)
    {
        if (_manifests?.Sha != head)
        {
            _manifests = GitManifests.Load(_repository, head);
        }

        return _manifests;
    }

    /// <summary>True when a change between <paramref name="fromSha"/> and <paramref name="head"/> lies in one of the folders (an unknown from-revision counts as changed).</summary>
    private bool Touched(string? fromSha, string head, IReadOnlyList<string> folders)
    {
        var changed = _repository.ChangedPaths(fromSha, head);
        return changed is null || changed.Any(file => folders.Any(folder => GitManifests.IsUnder(file, folder)));
    }

    private static bool IsSandboxRepository(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var normalized = url.Trim().TrimEnd('/').ToLowerInvariant();
        normalized = normalized.EndsWith(".git", StringComparison.Ordinal) ? normalized[..^4] : normalized;
        var suffix = $"{SandboxGitRepository.Owner}/{SandboxGitRepository.Name}";
        return normalized.EndsWith("github.com/" + suffix, StringComparison.Ordinal) || normalized.EndsWith("github.com:" + suffix, StringComparison.Ordinal);
    }

    private static int Guard(Func<int> change)
    {
        try
        {
            return change();
        }
        catch (Exception ex) when (ex is ApiException or KeyNotFoundException or InvalidOperationException)
        {
            // The object, its CRD or the commit vanished meanwhile (a test, a hidden CRD): nothing to reconcile.
            return 0;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static (string Namespace, string Name) Key(JsonObject obj) =>
        (Text(obj["metadata"]?["namespace"]) ?? string.Empty, Text(obj["metadata"]?["name"]) ?? string.Empty);

    private string Now() =>
        _options.TimeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
