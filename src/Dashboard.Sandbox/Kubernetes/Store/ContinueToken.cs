using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>The real server's continue token: unpadded base64 of <c>{"v":"meta.k8s.io/v1","rv":N,"start":"key\u0000"}</c>.</summary>
internal static class ContinueToken
{
    public static string Encode(long resourceVersion, string lastKey)
    {
        var json = new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = resourceVersion, ["start"] = lastKey + "\0" }.ToJsonString();
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    public static (long ResourceVersion, string StartAfter) Decode(string token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token.Replace('+', '-').Replace('/', '_').TrimEnd('='));
            var json = JsonNode.Parse(bytes) as JsonObject;
            var rv = json?["rv"]?.GetValue<long>() ?? throw new FormatException("no rv");
            var start = json["start"]?.GetValue<string>() ?? throw new FormatException("no start");
            return (rv, start.TrimEnd('\0'));
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            throw KubeStatus.BadRequest($"continue key is not valid: {ex.Message}");
        }
    }
}
