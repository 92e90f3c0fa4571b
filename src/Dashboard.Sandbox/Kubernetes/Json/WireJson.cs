using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dashboard.Sandbox.Kubernetes.Json;

/// <summary>Serializer settings for the wire: quotes as <c>\"</c> like Go's encoder, not <c>\u0022</c>.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
}
