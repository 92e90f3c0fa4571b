using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>
/// A request the API server refuses, carrying the exact <c>Status</c> body it would send
/// (or, for an unknown path, the plain-text <c>404 page not found</c>).
/// </summary>
public sealed class ApiException : Exception
{
    public ApiException(JsonObject status)
        : base(status["message"]?.GetValue<string>() ?? "request failed")
    {
        Status = status;
        Code = status["code"]?.GetValue<int>() ?? 500;
    }

    private ApiException(int code, string message)
        : base(message)
    {
        Code = code;
    }

    public int Code { get; }

    /// <summary>The Status object; null for the plain-text 404 of an unknown path.</summary>
    public JsonObject? Status { get; }

    public static ApiException PageNotFound() => new(404, "404 page not found");
}
