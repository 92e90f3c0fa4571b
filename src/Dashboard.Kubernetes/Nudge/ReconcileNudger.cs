using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Kubernetes.Connection;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Nudge;

/// <summary>
/// "Reconcile now" through the controller's own annotation, a merge patch on the app's cluster: Argo CD
/// <c>argocd.argoproj.io/refresh=normal</c> on the Application; Flux <c>reconcile.fluxcd.io/requestedAt=&lt;now&gt;</c> on the
/// source GitRepository first (so the new commit is fetched), then on the Kustomization/HelmRelease. Every failure
/// (403, 404, unreachable) becomes a sentence: the commit is made either way and the controller picks it up at its next poll.
/// </summary>
public sealed class ReconcileNudger(ClusterConnectionRegistry registry, TimeProvider time, ILogger<ReconcileNudger> logger) : IReconcileNudger
{
    public const string ArgoRefreshAnnotation = "argocd.argoproj.io/refresh";
    public const string FluxRequestedAtAnnotation = "reconcile.fluxcd.io/requestedAt";

    public async Task<string> NudgeAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(snapshot);
        var targets = NudgeTargets.For(app, snapshot);
        if (targets.Count == 0)
        {
            return $"Reconcile-now is not available for {app.Key.Kind} {app.Key.Namespace}/{app.Key.Name}; the controller picks the commit up at its next poll.";
        }

        ClusterConnection? connection;
        try
        {
            var connections = await registry.WhenReadyAsync(cancellationToken);
            connection = connections.FirstOrDefault(c => c.Info.Name == app.Key.Cluster);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return $"Reconcile-now skipped: the cluster connection is not available ({exception.Message}).";
        }

        if (connection is null)
        {
            return $"Reconcile-now skipped: no connection to cluster '{app.Key.Cluster}'.";
        }

        var (annotation, value) = app.Controller == Controller.ArgoCD
            ? (ArgoRefreshAnnotation, "normal")
            : (FluxRequestedAtAnnotation, time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var patch = new V1Patch(new JsonObject
        {
            ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { [annotation] = value } },
        }.ToJsonString(), V1Patch.PatchType.MergePatch);

        using var client = connection.CreateClient();
        var done = new List<string>();
        foreach (var target in targets)
        {
            if (await PatchAsync(client, target, patch, cancellationToken) is { } problem)
            {
                var before = done.Count == 0 ? string.Empty : $" ({string.Join(", ", done)} was asked to reconcile)";
                return $"{problem}{before}; the controller picks the commit up at its next poll.";
            }

            done.Add(target.ToString());
        }

        return $"Asked {string.Join(" and ", done)} to reconcile now ({annotation}={value}).";
    }

    /// <summary>Null when patched, else the sentence saying why not.</summary>
    private async Task<string?> PatchAsync(IKubernetes client, NudgeTarget target, V1Patch patch, CancellationToken cancellationToken)
    {
        try
        {
            await client.CustomObjects.PatchNamespacedCustomObjectAsync(patch, target.Group, target.Version, target.Namespace, target.Plural, target.Name,
                cancellationToken: cancellationToken);
            return null;
        }
        catch (HttpOperationException exception) when (exception.Response is not null)
        {
            logger.LogWarning("Reconcile-now on {Target} answered {Status}", target, (int)exception.Response.StatusCode);
            return exception.Response.StatusCode switch
            {
                HttpStatusCode.Forbidden =>
                    $"Reconcile-now was refused: the dashboard may not patch {target.QualifiedName} in namespace {target.Namespace} (403 Forbidden; grant the 'patch' permission to enable it)",
                HttpStatusCode.NotFound => $"Reconcile-now could not find {target} (404 Not Found)",
                var status => $"Reconcile-now on {target} failed: HTTP {(int)status} {exception.Response.ReasonPhrase}",
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Reconcile-now on {Target} failed", target);
            return $"Reconcile-now on {target} failed: {exception.Message}";
        }
    }
}
