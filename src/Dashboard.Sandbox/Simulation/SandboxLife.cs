using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Kubernetes.Store;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Sandbox.Simulation;

/// <summary>
/// Makes the sandbox move so a newcomer sees live updates: on odd steps an Argo CD app drifts OutOfSync and a
/// Longhorn volume turns degraded; on even steps the app syncs back, the volume rebuilds to healthy and a
/// certificate renews. Every change is a patch through the store, so watches see ordinary MODIFIED events.
/// </summary>
public sealed class SandboxLife : IAsyncDisposable
{
    private readonly ObjectStore _store;
    private readonly SandboxLifeOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly PeriodicStep _loop = new();
    private long _steps;
    private (string Namespace, string Name)? _driftedApp;
    private (string Namespace, string Name)? _degradedVolume;

    public SandboxLife(ObjectStore store, SandboxLifeOptions? options = null)
    {
        _store = store;
        _options = options ?? new SandboxLifeOptions();
        _random = new Random(_options.Seed);
    }

    public long Steps => Interlocked.Read(ref _steps);

    public void Start() => _loop.Start(_options.Period, _options.TimeProvider, () => Step());

    public Task StopAsync() => _loop.StopAsync();

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>One step of the story; returns how many objects changed. Objects that vanished are skipped.</summary>
    public int Step()
    {
        lock (_gate)
        {
            var step = Interlocked.Increment(ref _steps);
            var changes = 0;
            if (step % 2 == 1)
            {
                changes += Try(DriftApp) + Try(DegradeVolume);
            }
            else
            {
                changes += Try(SyncApp) + Try(HealVolume) + Try(RenewCertificate);
            }

            return changes;
        }
    }

    private int DriftApp()
    {
        var type = _store.Registry.Require("argoproj.io", "applications");
        var candidates = _store.List(type).Where(a => a["status"]?["sync"]?["status"]?.GetValue<string>() == "Synced").ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        var app = candidates[_random.Next(candidates.Count)];
        _driftedApp = Key(app);
        _store.Patch(type, _driftedApp.Value.Namespace, _driftedApp.Value.Name, Parse("""{"status":{"sync":{"status":"OutOfSync"}}}"""));
        return 1;
    }

    private int SyncApp()
    {
        if (_driftedApp is not { } app)
        {
            return 0;
        }

        _driftedApp = null;
        var type = _store.Registry.Require("argoproj.io", "applications");
        var patch = new JsonObject { ["status"] = new JsonObject { ["sync"] = new JsonObject { ["status"] = "Synced" }, ["reconciledAt"] = Now(TimeSpan.Zero) } };
        _store.Patch(type, app.Namespace, app.Name, patch, Subresource(type));
        return 1;
    }

    private int DegradeVolume()
    {
        var type = _store.Registry.Require("longhorn.io", "volumes");
        var candidates = _store.List(type).Where(v => v["status"]?["robustness"]?.GetValue<string>() == "healthy").ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        var volume = candidates[_random.Next(candidates.Count)];
        _degradedVolume = Key(volume);
        _store.Patch(type, _degradedVolume.Value.Namespace, _degradedVolume.Value.Name, Parse("""{"status":{"robustness":"degraded"}}"""), Subresource(type));
        return 1;
    }

    private int HealVolume()
    {
        if (_degradedVolume is not { } volume)
        {
            return 0;
        }

        _degradedVolume = null;
        var type = _store.Registry.Require("longhorn.io", "volumes");
        _store.Patch(type, volume.Namespace, volume.Name, Parse("""{"status":{"robustness":"healthy"}}"""), Subresource(type));
        return 1;
    }

    private int RenewCertificate()
    {
        var type = _store.Registry.Require("cert-manager.io", "certificates");
        var certificates = _store.List(type);
        if (certificates.Count == 0)
        {
            return 0;
        }

        var certificate = certificates[_random.Next(certificates.Count)];
        var (ns, name) = Key(certificate);
        var revision = (certificate["status"]?["revision"]?.GetValue<long>() ?? 0) + 1;
        var patch = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["conditions"] = new JsonArray(new JsonObject
                {
                    ["lastTransitionTime"] = Now(TimeSpan.Zero),
                    ["message"] = "Certificate is up to date and has not expired",
                    ["observedGeneration"] = certificate["metadata"]?["generation"]?.GetValue<long>() ?? 1,
                    ["reason"] = "Ready",
                    ["status"] = "True",
                    ["type"] = "Ready",
                }),
                ["failedIssuanceAttempts"] = null,
                ["lastFailureTime"] = null,
                ["notBefore"] = Now(TimeSpan.Zero),
                ["notAfter"] = Now(TimeSpan.FromDays(90)),
                ["renewalTime"] = Now(TimeSpan.FromDays(60)),
                ["revision"] = revision,
            },
        };
        _store.Patch(type, ns, name, patch, Subresource(type));
        if (certificate["spec"]?["secretName"]?.GetValue<string>() is { } secretName)
        {
            // cert-manager writes the new certificate into the secret; the dashboard reads its notAfter there.
            var dnsNames = (certificate["spec"]?["dnsNames"] as JsonArray)?.Select(d => d!.GetValue<string>()).ToList() ?? [];
            var now = _options.TimeProvider.GetUtcNow();
            TlsSecretSeed.Rotate(_store, ns, secretName, dnsNames, Truncate(now), Truncate(now + TimeSpan.FromDays(90)));
        }

        return 1;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static int Try(Func<int> change)
    {
        try
        {
            return change();
        }
        catch (Exception ex) when (ex is ApiException or KeyNotFoundException)
        {
            // The object or its CRD was removed meanwhile (a test, a hidden CRD): nothing to animate.
            return 0;
        }
    }

    private static string? Subresource(ResourceType type) => type.HasStatusSubresource ? "status" : null;

    private static (string Namespace, string Name) Key(JsonObject obj) =>
        (obj["metadata"]?["namespace"]?.GetValue<string>() ?? string.Empty, obj["metadata"]?["name"]?.GetValue<string>() ?? string.Empty);

    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;

    private string Now(TimeSpan offset) =>
        (_options.TimeProvider.GetUtcNow() + offset).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
