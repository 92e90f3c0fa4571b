using System.Net;

namespace Dashboard.Sandbox.GitHub;

/// <summary>What an endpoint answers: a status, a JSON-serializable body (or none) and extra headers such as Link.</summary>
internal sealed record GitHubApiResult(HttpStatusCode Status, object? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static GitHubApiResult Ok(object body, IReadOnlyDictionary<string, string>? headers = null) => new(HttpStatusCode.OK, body, headers);

    public static GitHubApiResult Created(object body) => new(HttpStatusCode.Created, body);

    public static GitHubApiResult NoContent() => new(HttpStatusCode.NoContent, null);

    public static GitHubApiResult NotFound() => Error(HttpStatusCode.NotFound, "Not Found", "https://docs.github.com/rest");

    /// <summary>A GitHub error body: message, documentation_url and status as a string (as GitHub sends it).</summary>
    public static GitHubApiResult Error(HttpStatusCode status, string message, string documentationUrl = "https://docs.github.com/rest", object? errors = null) =>
        new(status, errors is null
            ? new Dictionary<string, object?> { ["message"] = message, ["documentation_url"] = documentationUrl, ["status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : new Dictionary<string, object?> { ["message"] = message, ["errors"] = errors, ["documentation_url"] = documentationUrl, ["status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static GitHubApiResult Unprocessable(string message, string documentationUrl = "https://docs.github.com/rest") =>
        Error(HttpStatusCode.UnprocessableEntity, message, documentationUrl);

    public static GitHubApiResult ValidationFailed(string resource, string code, string? field = null, string? message = null) =>
        Error(HttpStatusCode.UnprocessableEntity, "Validation Failed", "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
            new[] { new Dictionary<string, string?> { ["resource"] = resource, ["code"] = code, ["field"] = field, ["message"] = message } });
}
