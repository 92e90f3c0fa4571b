using System.Text.Json;
using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Web.Security;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The JSON API of actions, served by the same <see cref="ActionService"/> as the pages:
/// <c>POST /api/apps/{cluster}/{kind}/{namespace}/{name}/(preview|rollback|set-version|pause|resume)</c> (<c>?dryRun=true</c>
/// previews) and <c>GET /api/audit?target=&amp;limit=</c>. Errors are <c>{ "error": "...", "field": "..." }</c>.
/// </summary>
public static class ActionEndpoints
{
    private static readonly string[] Verbs = ["rollback", "set-version", "pause", "resume"];

    public static IEndpointRouteBuilder MapActionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").DisableAntiforgery();
        api.MapPost("/apps/{cluster}/{kind}/{namespace}/{name}/{verb}", HandleActionAsync).AddEndpointFilter(ActionRateLimiter.FilterAsync);
        api.MapGet("/audit", HandleAuditAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleActionAsync(
        HttpContext context, string cluster, string kind, string @namespace, string name, string verb, bool? dryRun, ActionService actions, CancellationToken cancellationToken)
    {
        var user = await ActionUserFactory.CreateAsync(context);
        if (user is null)
        {
            return Error(StatusCodes.Status401Unauthorized, "Sign in to act on apps.");
        }

        if (verb != "preview" && !Verbs.Contains(verb))
        {
            return Error(StatusCodes.Status404NotFound, $"Unknown action '{verb}'; use preview, {string.Join(", ", Verbs)}.", "action");
        }

        var body = await ReadBodyAsync(context, cancellationToken);
        if (body is null)
        {
            return Error(StatusCodes.Status400BadRequest, "The body is not valid JSON.", "body");
        }

        try
        {
            var key = new ResourceKey(cluster, ParseKind(kind), @namespace, name);
            var action = verb == "preview" ? body.Action ?? throw ActionException.Invalid("action", $"Say which action to preview: {string.Join(", ", Verbs)}.") : verb;
            var request = BuildRequest(key, action, body);
            if (verb == "preview" || dryRun == true)
            {
                var preview = await actions.PreviewAsync(request, user, cancellationToken);
                return Results.Json(new
                {
                    app = preview.App.ToString(),
                    action = request.Name,
                    repository = preview.Repository.FullName,
                    branch = preview.Branch,
                    baseHeadSha = preview.BaseHeadSha,
                    summary = preview.Summary,
                    message = preview.Message,
                    noChange = preview.NoChange,
                    changedFiles = preview.ChangedFiles,
                    diff = preview.Diff,
                });
            }

            var outcome = await actions.ExecuteAsync(request, user, cancellationToken);
            return Results.Json(new
            {
                status = outcome.Status.ToString(),
                app = outcome.App.ToString(),
                action = request.Name,
                message = outcome.Message,
                auditId = outcome.AuditId,
                repository = outcome.Repository?.FullName,
                branch = outcome.Branch,
                commitSha = outcome.CommitSha,
                pullRequestUrl = outcome.PullRequestUrl,
                pullRequestNumber = outcome.PullRequestNumber,
                attempts = outcome.Attempts,
                trackKey = outcome.TrackKey?.ToString(),
                nudge = outcome.Nudge,
            }, statusCode: StatusFor(outcome.Status));
        }
        catch (ActionException exception)
        {
            return Error(StatusFor(exception.Kind), exception.Message, exception.Field);
        }
    }

    private static async Task<IResult> HandleAuditAsync(HttpContext context, string? target, string? limit, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (await ActionUserFactory.CreateAsync(context) is null)
        {
            return Error(StatusCodes.Status401Unauthorized, "Sign in to read the audit log.");
        }

        var count = 100;
        if (limit is not null && (!int.TryParse(limit, out count) || count < 1 || count > AuditQuery.MaxLimit))
        {
            return Error(StatusCodes.Status400BadRequest, $"limit must be a whole number from 1 to {AuditQuery.MaxLimit}.", "limit");
        }

        var rows = await audit.ListAsync(new AuditQuery(string.IsNullOrWhiteSpace(target) ? null : target, count), cancellationToken);
        return Results.Json(rows.Select(r => new
        {
            id = r.Id,
            requestedAt = r.RequestedAt,
            completedAt = r.CompletedAt,
            user = r.User,
            action = r.Action,
            target = r.Target,
            repository = r.Repository,
            branch = r.Branch,
            fromRevision = r.FromRevision,
            toRevision = r.ToRevision,
            commitSha = r.CommitSha,
            pullRequestUrl = r.PullRequestUrl,
            outcome = r.State.ToString(),
            error = r.Error,
        }));
    }

    private static ActionRequest BuildRequest(ResourceKey key, string action, ActionRequestBody body) => action switch
    {
        "rollback" => new ActionRequest.Rollback(key, Required(body.Revision, "revision", "A rollback needs the revision to go back to.")),
        "set-version" => new ActionRequest.SetVersion(key, body.File,
            Required(body.Locator, "locator", "Set version needs the locator of the field, e.g. spec.chart.spec.version."),
            Required(body.Value, "value", "Set version needs the new value.")),
        "pause" => new ActionRequest.PauseAutoSync(key),
        "resume" => new ActionRequest.ResumeAutoSync(key),
        _ => throw ActionException.Invalid("action", $"Unknown action '{action}'; use {string.Join(", ", Verbs)}."),
    };

    private static string Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw ActionException.Invalid(field, message) : value.Trim();

    /// <summary>The enum name (ArgoApplication) or the Kubernetes kind (Application, Kustomization, HelmRelease), any case.</summary>
    private static ResourceKind ParseKind(string kind) => kind.ToLowerInvariant() switch
    {
        "application" or "argoapplication" => ResourceKind.ArgoApplication,
        "applicationset" or "argoapplicationset" => ResourceKind.ArgoApplicationSet,
        "kustomization" or "fluxkustomization" => ResourceKind.FluxKustomization,
        "helmrelease" or "fluxhelmrelease" => ResourceKind.FluxHelmRelease,
        _ => throw ActionException.Invalid("kind", $"'{kind}' is not an app kind; use Application, ApplicationSet, Kustomization or HelmRelease."),
    };

    private static async Task<ActionRequestBody?> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength is 0 || (context.Request.ContentLength is null && !context.Request.HasJsonContentType()))
        {
            return new ActionRequestBody();
        }

        try
        {
            return await context.Request.ReadFromJsonAsync<ActionRequestBody>(cancellationToken) ?? new ActionRequestBody();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static int StatusFor(ActionStatus status) => status switch
    {
        ActionStatus.Denied => StatusCodes.Status403Forbidden,
        ActionStatus.Conflict => StatusCodes.Status409Conflict,
        ActionStatus.Failed => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status200OK,
    };

    private static int StatusFor(ActionErrorKind kind) => kind switch
    {
        ActionErrorKind.InvalidRequest => StatusCodes.Status400BadRequest,
        ActionErrorKind.AppNotFound => StatusCodes.Status404NotFound,
        ActionErrorKind.GitUnavailable => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static IResult Error(int status, string message, string? field = null) =>
        Results.Json(new { error = message, field }, statusCode: status);
}
