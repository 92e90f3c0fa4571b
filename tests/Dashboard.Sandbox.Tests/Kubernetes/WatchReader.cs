using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Tests.Kubernetes;

/// <summary>Reads a watch response line by line, each read bounded by a few seconds.</summary>
internal sealed class WatchReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private WatchReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public int StatusCode => (int)_response.StatusCode;

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<WatchReader> OpenAsync(HttpClient http, string pathAndQuery)
    {
        var response = await http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return new WatchReader(response, new StreamReader(stream));
    }

    /// <summary>The next event, or null when the server ended the body.</summary>
    public async Task<JsonObject?> NextAsync(double seconds = 5)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        var line = await _reader.ReadLineAsync(timeout.Token);
        return line is null ? null : (JsonObject)JsonNode.Parse(line)!;
    }

    /// <summary>Reads until an event matches, failing after the bound.</summary>
    public async Task<JsonObject> NextMatchingAsync(Func<JsonObject, bool> predicate, double seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var next = await NextAsync(Math.Max(0.1, (deadline - DateTime.UtcNow).TotalSeconds)) ?? throw new InvalidOperationException("The watch ended before the expected event.");
            if (predicate(next))
            {
                return next;
            }
        }

        throw new TimeoutException("No matching watch event.");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
