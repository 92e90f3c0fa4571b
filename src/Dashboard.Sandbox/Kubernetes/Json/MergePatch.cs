using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Kubernetes.Json;

/// <summary>JSON merge patch (RFC 7386), as kube-apiserver applies <c>application/merge-patch+json</c>.</summary>
internal static class MergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                var current = result[key];
                result[key] = Apply(current, value);
            }
        }

        return result;
    }
}
