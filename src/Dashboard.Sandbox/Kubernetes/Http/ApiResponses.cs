using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes.Json;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>Response writing with the real server's headers and framing: compact JSON ending in one newline.</summary>
internal static class ApiResponses
{

    public static void SetCommonHeaders(HttpResponse response)
    {
        response.Headers["Audit-Id"] = Guid.NewGuid().ToString();
        response.Headers.CacheControl = "no-cache, private";
    }

    public static Task WriteJsonAsync(HttpContext context, int code, JsonNode body) =>
        WriteBytesAsync(context, code, Encoding.UTF8.GetBytes(body.ToJsonString(WireJson.Compact) + "\n"));

    /// <summary>/version and the 406 are sent indented without a trailing newline.</summary>
    public static Task WriteIndentedAsync(HttpContext context, int code, JsonNode body) =>
        WriteBytesAsync(context, code, Encoding.UTF8.GetBytes(body.ToJsonString(WireJson.Indented)));

    public static async Task WriteBytesAsync(HttpContext context, int code, byte[] body)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static async Task WriteErrorAsync(HttpContext context, ApiException error)
    {
        if (error.Status is null)
        {
            var text = Encoding.UTF8.GetBytes(error.Message + "\n");
            context.Response.StatusCode = error.Code;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.ContentLength = text.Length;
            await context.Response.Body.WriteAsync(text, context.RequestAborted);
            return;
        }

        await WriteJsonAsync(context, error.Code, error.Status);
    }
}
