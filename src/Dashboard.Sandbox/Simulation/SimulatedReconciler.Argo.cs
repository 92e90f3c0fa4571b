using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes;

namespace Dashboard.Sandbox.Simulation;

/// <summary>
/// The Argo CD half: an Application whose path changed goes OutOfSync (sync.revision stays on what runs); with
/// automated sync (as committed in Git, else as in the object) an operation runs, then Synced + Progressing → Healthy.
/// </summary>
public sealed partial class SimulatedReconciler
{
    private const int ArgoHistoryLimit = 10;

    private ResourceType Applications => _store.Registry.Require("argoproj.io", "applications");

    private int OnArgoHead(string head) =>
        _store.List(Applications).Where(FollowsSandboxBranch).Sum(app => ReconcileApplication(app, head));

    private int HandleArgoRequests(string head)
    {
        var changes = 0;
        foreach (var app in _store.List(Applications).Where(a => Text(a["metadata"]?["annotations"]?[ArgoRefreshAnnotation]) is not null))
        {
            // Argo CD removes the annotation once the refresh is done.
            var (ns, name) = Key(app);
            var patch = new JsonObject
            {
                ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { [ArgoRefreshAnnotation] = null } },
                ["status"] = new JsonObject { ["reconciledAt"] = Now() },
            };
            var refreshed = _store.Patch(Applications, ns, name, patch);
            changes += 1 + (FollowsSandboxBranch(refreshed) ? ReconcileApplication(refreshed, head) : 0);
        }

        return changes;
    }

    private static bool FollowsSandboxBranch(JsonObject app)
    {
        var source = app["spec"]?["source"];
        var target = Text(source?["targetRevision"]);
        return IsSandboxRepository(Text(source?["repoURL"]))
            && (string.IsNullOrEmpty(target) || target is "HEAD" || target == SandboxGitRepository.BranchName);
    }

    private int ReconcileApplication(JsonObject app, string head)
    {
        var (ns, name) = Key(app);
        var deployed = Text(app["status"]?["sync"]?["revision"]);
        var path = GitManifests.Normalize(Text(app["spec"]?["source"]?["path"]) ?? string.Empty);
        if (deployed == head || !Touched(deployed, head, [path]))
        {
            return 0;
        }

        var changes = 0;
        if (Text(app["status"]?["sync"]?["status"]) != "OutOfSync")
        {
            var patch = new JsonObject
            {
                ["status"] = new JsonObject { ["sync"] = new JsonObject { ["status"] = "OutOfSync" }, ["reconciledAt"] = Now() },
            };
            _store.Patch(Applications, ns, name, patch);
            changes++;
        }

        if (AutomatedSync(app, head) && _syncing.Add(ns + "/" + name))
        {
            Schedule(_options.SyncDelay, () => StartSync(ns, name, head));
        }

        return changes;
    }

    /// <summary>spec.syncPolicy.automated of the Application manifest committed at <paramref name="head"/>, else of the object.</summary>
    private bool AutomatedSync(JsonObject app, string head)
    {
        var (ns, name) = Key(app);
        var spec = Manifests(head).Find("Application", ns, name)?["spec"] ?? app["spec"];
        return spec?["syncPolicy"]?["automated"] is JsonObject automated && automated["enabled"]?.GetValue<bool>() != false;
    }

    private int StartSync(string ns, string name, string head)
    {
        var patch = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["operationState"] = new JsonObject
                {
                    ["finishedAt"] = null,
                    ["message"] = "one or more tasks are running",
                    ["operation"] = Operation(head),
                    ["phase"] = "Running",
                    ["startedAt"] = Now(),
                    ["syncResult"] = null,
                },
            },
        };
        _store.Patch(Applications, ns, name, patch);
        Schedule(_options.SyncDuration, () => FinishSync(ns, name, head));
        return 1;
    }

    private int FinishSync(string ns, string name, string head)
    {
        _syncing.Remove(ns + "/" + name);
        var app = _store.Get(Applications, ns, name);
        if (app is null)
        {
            return 0;
        }

        var source = app["spec"]?["source"]?.DeepClone();
        var startedAt = Text(app["status"]?["operationState"]?["startedAt"]) ?? Now();
        var history = new JsonArray();
        var previous = (app["status"]?["history"] as JsonArray ?? []).Select(h => h?.DeepClone()).ToList();
        foreach (var entry in previous.Skip(Math.Max(0, previous.Count - (ArgoHistoryLimit - 1))))
        {
            history.Add(entry);
        }

        var nextId = previous.Select(h => h?["id"]?.GetValue<long>() ?? 0).DefaultIfEmpty(0).Max() + 1;
        history.Add(new JsonObject
        {
            ["deployStartedAt"] = startedAt,
            ["deployedAt"] = Now(),
            ["id"] = nextId,
            ["initiatedBy"] = new JsonObject { ["automated"] = true },
            ["revision"] = head,
            ["source"] = source?.DeepClone(),
        });
        var patch = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["health"] = new JsonObject { ["status"] = "Progressing" },
                ["history"] = history,
                ["operationState"] = new JsonObject
                {
                    ["finishedAt"] = Now(),
                    ["message"] = "successfully synced (all tasks run)",
                    ["operation"] = Operation(head),
                    ["phase"] = "Succeeded",
                    ["startedAt"] = startedAt,
                    ["syncResult"] = new JsonObject { ["revision"] = head, ["source"] = source?.DeepClone() },
                },
                ["reconciledAt"] = Now(),
                ["sync"] = new JsonObject { ["revision"] = head, ["status"] = "Synced" },
            },
        };
        _store.Patch(Applications, ns, name, patch);
        Schedule(_options.HealthDelay, () => BecomeHealthy(ns, name));

        // The branch may have moved while the operation ran: compare again, as Argo CD does after every sync.
        var latest = _repository.HeadOf();
        var updated = _store.Get(Applications, ns, name);
        return 1 + (latest is not null && latest != head && updated is not null ? ReconcileApplication(updated, latest) : 0);
    }

    private int BecomeHealthy(string ns, string name)
    {
        var app = _store.Get(Applications, ns, name);
        if (Text(app?["status"]?["health"]?["status"]) != "Progressing")
        {
            return 0;
        }

        _store.Patch(Applications, ns, name, new JsonObject { ["status"] = new JsonObject { ["health"] = new JsonObject { ["status"] = "Healthy" } } });
        return 1;
    }

    private static JsonObject Operation(string head) => new()
    {
        ["initiatedBy"] = new JsonObject { ["automated"] = true },
        ["retry"] = new JsonObject { ["limit"] = 5 },
        ["sync"] = new JsonObject { ["revision"] = head },
    };
}
