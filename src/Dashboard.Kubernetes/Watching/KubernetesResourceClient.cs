using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using k8s;
using k8s.Autorest;

namespace Dashboard.Kubernetes.Watching;

/// <summary>
/// <see cref="IKubernetesResourceClient"/> over KubernetesClient's HTTP pipeline. Bodies are read as raw
/// JSON (no CRD classes): a list page at once, a watch line by line as the server flushes each event.
/// </summary>
public sealed class KubernetesResourceClient : IKubernetesResourceClient, IKubernetesObjectReader, IDisposable
{
    private readonly RawKubernetesClient _client;
    private readonly string _baseAddress;

    public KubernetesResourceClient(KubernetesClientConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _client = new RawKubernetesClient(configuration);
        _baseAddress = _client.BaseUri.ToString().TrimEnd('/');
    }

    public async Task<bool> IsServedAsync(ResourceType type, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(type.ApiPath, $"discovery of {type.GroupVersion}", cancellationToken);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return document.RootElement.TryGetProperty("resources", out var resources)
                && resources.ValueKind == JsonValueKind.Array
                && resources.EnumerateArray().Any(r => r.TryGetProperty("name", out var name) && name.ValueEquals(type.Plural));
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }

    public async Task<ResourceListPage> ListAsync(ResourceType type, string? continueToken, int limit, CancellationToken cancellationToken)
    {
        var query = new StringBuilder($"?limit={limit}");
        if (!string.IsNullOrEmpty(continueToken))
        {
            query.Append("&continue=").Append(Uri.EscapeDataString(continueToken));
        }

        using var response = await SendAsync(type.CollectionPath + query, $"list {type.QualifiedName}", cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var root = document.RootElement;
        var items = root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(i => i.Clone()).ToList()
            : [];
        var metadata = root.TryGetProperty("metadata", out var m) ? m : default;
        var resourceVersion = ReadString(metadata, "resourceVersion")
            ?? throw new KubernetesApiException(HttpStatusCode.OK, null, $"list {type.QualifiedName}: the response has no metadata.resourceVersion");
        var next = ReadString(metadata, "continue");
        return new ResourceListPage(items, resourceVersion, string.IsNullOrEmpty(next) ? null : next);
    }

    public async IAsyncEnumerable<WatchEvent> WatchAsync(ResourceType type, string resourceVersion, int timeoutSeconds, bool allowBookmarks,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = $"{type.CollectionPath}?watch=true&resourceVersion={Uri.EscapeDataString(resourceVersion)}" +
            $"&timeoutSeconds={timeoutSeconds}{(allowBookmarks ? "&allowWatchBookmarks=true" : "")}";
        using var response = await SendAsync(path, $"watch {type.QualifiedName}", cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseEvent(line, type);
        }
    }

    public async Task<T?> GetAsync<T>(ResourceType type, string objectNamespace, string name, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var path = $"{type.ApiPath}/namespaces/{Uri.EscapeDataString(objectNamespace)}/{type.Plural}/{Uri.EscapeDataString(name)}";
        try
        {
            using var response = await SendAsync(path, $"get {type.QualifiedName} {objectNamespace}/{name}", cancellationToken);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return read(document.RootElement);
        }
        catch (ResourceNotFoundException)
        {
            return default;
        }
    }

    public void Dispose() => _client.Dispose();

    internal static WatchEvent ParseEvent(string line, ResourceType type)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var eventType = ReadString(root, "type");
        if (eventType is null || !root.TryGetProperty("object", out var item) || item.ValueKind != JsonValueKind.Object)
        {
            throw new KubernetesApiException(HttpStatusCode.OK, null,
                $"watch {type.QualifiedName}: a line is not a watch event: {(line.Length > 200 ? line[..200] : line)}");
        }

        return new WatchEvent(eventType, item.Clone());
    }

    private async Task<HttpResponseMessage> SendAsync(string pathAndQuery, string what, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress + pathAndQuery));
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            return await _client.SendAsync(request, cancellationToken);
        }
        catch (HttpOperationException ex) when (ex.Response is not null)
        {
            var retryAfter = ex.Response.Headers.TryGetValue("Retry-After", out var values) ? values.FirstOrDefault() : null;
            throw KubernetesErrors.FromResponse(ex.Response.StatusCode, ex.Response.Content, retryAfter, what, ex);
        }
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
