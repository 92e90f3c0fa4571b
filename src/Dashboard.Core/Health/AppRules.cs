using Dashboard.Core.Cluster;

namespace Dashboard.Core.Health;

/// <summary>Rules for deployed apps (Argo CD and Flux) and Flux Git sources.</summary>
internal static class AppRules
{
    public static IEnumerable<Problem> For(AppStatus app)
    {
        if (app.Key.Kind == ResourceKind.ArgoApplicationSet)
        {
            // A set's Degraded health may only echo a child app, which is reported on its own.
            foreach (var problem in ForApplicationSet(app))
            {
                yield return problem;
            }

            yield break;
        }

        if (app.Controller == Controller.Flux && app.Health == HealthState.Degraded)
        {
            var reason = FailingCondition(app)?.Reason;
            yield return Problem.For(ProblemSeverity.Critical, app.Key,
                reason is null ? "Reconcile failed" : $"Reconcile failed: {reason}", app.Message);
        }
        else if (app.Health is HealthState.Degraded or HealthState.Missing)
        {
            yield return Problem.For(ProblemSeverity.Critical, app.Key, app.Health.ToString(), app.Message);
        }

        if (app.Controller == Controller.ArgoCD && app.LastOperation is { Phase: "Failed" or "Error" } operation)
        {
            var retries = operation.RetryCount > 0 ? $" (retried {operation.RetryCount} times)" : "";
            yield return Problem.For(ProblemSeverity.Critical, app.Key, "Sync failed", operation.Message + retries);
        }

        if (app.Sync == SyncState.OutOfSync)
        {
            yield return Problem.For(ProblemSeverity.Warning, app.Key, "OutOfSync", OutOfSyncDetail(app));
        }

        if (app.UnreadableFields.Count > 0)
        {
            yield return Unreadable(app.Key, app.UnreadableFields);
        }
    }

    public static IEnumerable<Problem> For(GitSourceStatus source)
    {
        if (source.Ready == false && !source.Suspended)
        {
            var reason = source.Conditions.FirstOrDefault(c => c.Type == "Ready")?.Reason;
            yield return Problem.For(ProblemSeverity.Warning, source.Key,
                reason is null ? "Fetch failed" : $"Fetch failed: {reason}", source.Message);
        }

        if (source.UnreadableFields.Count > 0)
        {
            yield return Unreadable(source.Key, source.UnreadableFields);
        }
    }

    public static Problem Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        Problem.For(ProblemSeverity.Warning, key, "Status partly unreadable", "Could not read: " + string.Join(", ", fields));

    private static IEnumerable<Problem> ForApplicationSet(AppStatus set)
    {
        var failing = set.Conditions.FirstOrDefault(c =>
            (c.Type == "ErrorOccurred" && c.IsTrue) || (c.Type == "ResourcesUpToDate" && c.Status == "False"));
        if (failing is not null)
        {
            yield return Problem.For(ProblemSeverity.Critical, set.Key,
                failing.Reason is null ? "ApplicationSet error" : $"ApplicationSet error: {failing.Reason}", failing.Message);
        }

        if (set.UnreadableFields.Count > 0)
        {
            yield return Unreadable(set.Key, set.UnreadableFields);
        }
    }

    private static Condition? FailingCondition(AppStatus app) =>
        app.Conditions.FirstOrDefault(c => c.Type == "Ready" && c.Status == "False")
        ?? app.Conditions.FirstOrDefault(c => c.Type == "Stalled" && c.IsTrue);

    private static string? OutOfSyncDetail(AppStatus app)
    {
        if (app.AttemptedRevision is { } attempted && app.Revision is { } applied && attempted != applied)
        {
            return $"Running {Short(applied)}, last attempted {Short(attempted)}";
        }

        return app.Revision is { } revision ? $"Live state differs from {Short(revision)}" : null;
    }

    private static string Short(string revision) => revision.Length == 40 ? revision[..7] : revision;
}
