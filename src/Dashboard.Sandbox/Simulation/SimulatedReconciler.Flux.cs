using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes;

namespace Dashboard.Sandbox.Simulation;

/// <summary>The Flux half: source-controller (GitRepository artifact) and kustomize-controller (Kustomizations).</summary>
public sealed partial class SimulatedReconciler
{
    private const int FluxHistoryLimit = 5;

    private ResourceType GitRepositories => _store.Registry.Require("source.toolkit.fluxcd.io", "gitrepositories");

    private ResourceType Kustomizations => _store.Registry.Require("kustomize.toolkit.fluxcd.io", "kustomizations");

    private int OnFluxHead(string head)
    {
        var changes = 0;
        foreach (var source in SandboxSources())
        {
            changes += FetchArtifact(source, head);
        }

        return changes + ReconcileKustomizations(head);
    }

    private int HandleFluxRequests(string head)
    {
        var changes = 0;
        foreach (var source in SandboxSources().Where(RequestPending))
        {
            var (ns, name) = Key(source);
            _store.Patch(GitRepositories, ns, name, HandledPatch(source), "status");
            changes += 1 + FetchArtifact(_store.Get(GitRepositories, ns, name)!, head);
        }

        foreach (var kustomization in _store.List(Kustomizations).Where(RequestPending))
        {
            var (ns, name) = Key(kustomization);
            _store.Patch(Kustomizations, ns, name, HandledPatch(kustomization), "status");
            changes += 1 + ReconcileKustomization(_store.Get(Kustomizations, ns, name)!, head);
        }

        return changes;
    }

    /// <summary>GitRepositories that fetch the sandbox repository's branch and are not suspended.</summary>
    private IEnumerable<JsonObject> SandboxSources() =>
        _store.List(GitRepositories).Where(s => IsSandboxRepository(Text(s["spec"]?["url"]))
            && (Text(s["spec"]?["ref"]?["branch"]) ?? SandboxGitRepository.BranchName) == SandboxGitRepository.BranchName
            && s["spec"]?["suspend"]?.GetValue<bool>() != true);

    private int FetchArtifact(JsonObject source, string head)
    {
        var revision = $"{SandboxGitRepository.BranchName}@sha1:{head}";
        if (Text(source["status"]?["artifact"]?["revision"]) == revision)
        {
            return 0;
        }

        var (ns, name) = Key(source);
        var generation = source["metadata"]?["generation"]?.GetValue<long>() ?? 1;
        var message = $"stored artifact for revision '{revision}'";
        var patch = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["artifact"] = new JsonObject
                {
                    ["digest"] = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(head))),
                    ["lastUpdateTime"] = Now(),
                    ["path"] = $"gitrepository/{ns}/{name}/{head}.tar.gz",
                    ["revision"] = revision,
                    ["size"] = 51877,
                    ["url"] = $"http://source-controller.flux-system.svc.cluster.local./gitrepository/{ns}/{name}/{head}.tar.gz",
                },
                ["conditions"] = new JsonArray(
                    Condition("Ready", "True", "Succeeded", message, generation),
                    Condition("ArtifactInStorage", "True", "Succeeded", message, generation)),
                ["observedGeneration"] = generation,
            },
        };
        _store.Patch(GitRepositories, ns, name, patch, "status");
        return 1;
    }

    private int ReconcileKustomizations(string head)
    {
        var sources = SandboxSources().Select(Key).ToHashSet();
        var changes = 0;
        foreach (var kustomization in _store.List(Kustomizations))
        {
            var sourceRef = kustomization["spec"]?["sourceRef"];
            var (ns, _) = Key(kustomization);
            var sourceKey = (Text(sourceRef?["namespace"]) ?? ns, Text(sourceRef?["name"]) ?? string.Empty);
            if ((Text(sourceRef?["kind"]) ?? "GitRepository") == "GitRepository" && sources.Contains(sourceKey))
            {
                changes += ReconcileKustomization(kustomization, head);
            }
        }

        return changes;
    }

    /// <summary>Applies <paramref name="head"/>: through Progressing when the Kustomization's folders changed, at once otherwise; suspended ones stay.</summary>
    private int ReconcileKustomization(JsonObject kustomization, string head)
    {
        var (ns, name) = Key(kustomization);
        var committed = Manifests(head).Find("Kustomization", ns, name);
        if (kustomization["spec"]?["suspend"]?.GetValue<bool>() == true || committed?["spec"]?["suspend"]?.GetValue<bool>() == true)
        {
            return 0;
        }

        var path = GitManifests.Normalize(Text(kustomization["spec"]?["path"]) ?? string.Empty);
        var applied = FluxSha(Text(kustomization["status"]?["lastAppliedRevision"]));
        if (applied == head || !_repository.IsDirectory(head, path))
        {
            // Up to date, or a path the repository lacks (the fixture's own failure case stays as it is).
            return 0;
        }

        if (!Touched(applied, head, Manifests(head).KustomizeFolders(path)))
        {
            return ApplyKustomization(ns, name, head);
        }

        var generation = kustomization["metadata"]?["generation"]?.GetValue<long>() ?? 1;
        var progressing = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["conditions"] = new JsonArray(
                    Condition("Reconciling", "True", "Progressing", "Reconciliation in progress", generation),
                    Condition("Ready", "Unknown", "Progressing", "Reconciliation in progress", generation)),
                ["lastAttemptedRevision"] = Revision(head),
            },
        };
        _store.Patch(Kustomizations, ns, name, progressing, "status");
        Schedule(_options.ApplyDelay, () => ApplyKustomization(ns, name, head));
        return 1;
    }

    private int ApplyKustomization(string ns, string name, string head)
    {
        var current = _store.Get(Kustomizations, ns, name);
        if (current is null || FluxSha(Text(current["status"]?["lastAppliedRevision"])) == head)
        {
            return 0;
        }

        var generation = current["metadata"]?["generation"]?.GetValue<long>() ?? 1;
        var revision = Revision(head);
        var conditions = new JsonArray(Condition("Ready", "True", "ReconciliationSucceeded", $"Applied revision: {revision}", generation));
        if (current["spec"]?["wait"]?.GetValue<bool>() == true)
        {
            conditions.Add(Condition("Healthy", "True", "Succeeded", "Health check passed in 2.104339s", generation));
        }

        var history = new JsonArray(new JsonObject
        {
            ["digest"] = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name + head))),
            ["firstReconciled"] = Now(),
            ["lastReconciled"] = Now(),
            ["lastReconciledDuration"] = "2.104339s",
            ["lastReconciledStatus"] = "ReconciliationSucceeded",
            ["metadata"] = new JsonObject { ["revision"] = revision },
            ["totalReconciliations"] = 1,
        });
        foreach (var old in (current["status"]?["history"] as JsonArray ?? []).Take(FluxHistoryLimit - 1))
        {
            history.Add(old?.DeepClone());
        }

        var patch = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["conditions"] = conditions,
                ["history"] = history,
                ["lastAppliedRevision"] = revision,
                ["lastAttemptedRevision"] = revision,
                ["observedGeneration"] = generation,
            },
        };
        _store.Patch(Kustomizations, ns, name, patch, "status");
        return 1;
    }

    /// <summary>A "reconcile now" request: the annotation differs from what the controller last handled.</summary>
    private static bool RequestPending(JsonObject obj)
    {
        var requested = Text(obj["metadata"]?["annotations"]?[FluxRequestedAtAnnotation]);
        return requested is not null && requested != Text(obj["status"]?["lastHandledReconcileAt"]);
    }

    private static JsonObject HandledPatch(JsonObject obj) => new()
    {
        ["status"] = new JsonObject { ["lastHandledReconcileAt"] = Text(obj["metadata"]?["annotations"]?[FluxRequestedAtAnnotation]) },
    };

    private JsonObject Condition(string type, string status, string reason, string message, long generation) => new()
    {
        ["lastTransitionTime"] = Now(),
        ["message"] = message,
        ["observedGeneration"] = generation,
        ["reason"] = reason,
        ["status"] = status,
        ["type"] = type,
    };

    private static string Revision(string sha) => $"{SandboxGitRepository.BranchName}@sha1:{sha}";

    /// <summary>"main@sha1:abc…" → "abc…"; a bare SHA stays as it is.</summary>
    private static string? FluxSha(string? revision)
    {
        if (revision is null)
        {
            return null;
        }

        var at = revision.LastIndexOf(':');
        return at >= 0 ? revision[(at + 1)..] : revision;
    }
}
