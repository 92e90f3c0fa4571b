using System.Text.Json;
using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Microsoft.AspNetCore.Diagnostics;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// <c>POST /api/webhooks/github</c>: GitHub's push webhook. The HMAC-SHA256 signature over the raw body is the
/// authentication (checked in constant time); a push refreshes that repository's branch at once.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>GitHub caps payloads at 25 MB; a push payload of a homelab repo is a few KB.</summary>
    private const int MaxBodyBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapGitHubWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/webhooks/github", HandleAsync).AllowAnonymous().DisableAntiforgery().WithName("github-webhook");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, GitHubWebhookSettings settings, IRepositoryRefresher refresher, ILoggerFactory loggers)
    {
        // Answer GitHub with the plain status: the app's status-code pages would re-execute 401/404 as an HTML page.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        if (string.IsNullOrEmpty(settings.Secret))
        {
            return Results.NotFound();
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!WebhookSignature.IsValid(settings.Secret, body, context.Request.Headers["X-Hub-Signature-256"].ToString()))
        {
            return Results.Unauthorized();
        }

        var eventName = context.Request.Headers["X-GitHub-Event"].ToString();
        if (eventName == "ping")
        {
            return Results.Ok(new { ok = true });
        }

        if (eventName != "push")
        {
            return Results.Ok(new { ignored = eventName });
        }

        string? fullName;
        string? reference;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            fullName = root.TryGetProperty("repository", out var repository) && repository.TryGetProperty("full_name", out var name) ? name.GetString() : null;
            reference = root.TryGetProperty("ref", out var r) ? r.GetString() : null;
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { error = "The push payload is not JSON." });
        }

        if (fullName?.Split('/') is not [var owner, var repo] || reference is null)
        {
            return Results.BadRequest(new { error = "The push payload has no repository.full_name or ref." });
        }

        const string heads = "refs/heads/";
        var branch = reference.StartsWith(heads, StringComparison.Ordinal) ? reference[heads.Length..] : null;
        var refreshed = branch is not null && refresher.RequestRefresh(new GitRepositoryRef(owner, repo), branch);
        loggers.CreateLogger(typeof(WebhookEndpoints)).LogInformation(
            "GitHub push to {Repository} {Ref}: {Outcome}", fullName, reference, refreshed ? "refreshing" : "not watched");
        return Results.Ok(new { refreshed });
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
