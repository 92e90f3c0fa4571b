using System.Text.Json;

namespace Dashboard.Bench.Harness;

/// <summary>The action API's answer: HTTP status, JSON body, and the client's time from send to the whole answer.</summary>
public sealed record ActionAnswer(int HttpStatus, JsonElement Body, double ElapsedMs)
{
    /// <summary>Committed, Failed, Conflict, NoChange… or, for a refused request, "HTTP &lt;code&gt;".</summary>
    public string Status => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("status", out var s) ? s.GetString() ?? "" : $"HTTP {HttpStatus}";

    public string Message => Body.ValueKind == JsonValueKind.Object
        ? Body.TryGetProperty("message", out var m) ? m.GetString() ?? "" : Body.TryGetProperty("error", out var e) ? e.GetString() ?? "" : ""
        : "";

    public long? AuditId => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("auditId", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;

    public int? Attempts => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("attempts", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetInt32() : null;
}
