using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.Bench.Harness;

/// <summary>
/// The dashboard's action API as an external client uses it (<c>POST /api/apps/…/rollback</c>, <c>GET /api/audit</c>;
/// anonymous on loopback), plus the answer's timing. Rollbacks of the seeded whoami app alternate between two
/// revisions so that every action changes something.
/// </summary>
public sealed class ActionApi : IDisposable
{
    public const string App = "whoami";
    private const string RollbackPath = "api/apps/bench/Application/argocd/whoami/rollback";

    private readonly HttpClient _client;

    public ActionApi(Uri address)
    {
        _client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(180) };
        _client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
    }

    /// <summary>Posts a rollback and returns the answer: HTTP status, the JSON body and the time from send to the whole answer.</summary>
    public async Task<ActionAnswer> RollbackAsync(string revision, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.PostAsJsonAsync(RollbackPath, new { revision }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new ActionAnswer((int)response.StatusCode, body, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The audit log, newest first (at most 500 rows).</summary>
    public async Task<IReadOnlyList<AuditRow>> AuditAsync(CancellationToken cancellationToken)
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("api/audit?limit=500", cancellationToken);
        return [.. rows.EnumerateArray().Select(r => new AuditRow(
            r.GetProperty("id").GetInt64(), r.GetProperty("action").GetString() ?? "", r.GetProperty("outcome").GetString() ?? "",
            Text(r, "error"), Text(r, "commitSha")))];
    }

    /// <summary>Polls the audit log until <paramref name="match"/> holds for a row; null after <paramref name="timeout"/>.</summary>
    public async Task<AuditRow?> WaitForRowAsync(Func<AuditRow, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                if ((await AuditAsync(cancellationToken)).FirstOrDefault(match) is { } row)
                {
                    return row;
                }
            }
            catch (HttpRequestException)
            {
                // Busy or just started: ask again.
            }

            await Task.Delay(50, cancellationToken);
        }

        return null;
    }

    /// <summary>Actions need the app in the store; polls /api/status until the watch has delivered it (bounded).</summary>
    public async Task WaitForAppAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var status = await _client.GetFromJsonAsync<JsonElement>("api/status", cancellationToken);
            if (status.GetProperty("apps").EnumerateArray().Any(a => a.GetProperty("key").GetProperty("name").GetString() == App))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"/api/status did not list {App} within 60 s.");
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => _client.Dispose();
}
