using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>
/// The whole API surface in one terminal middleware: authentication, injected faults, discovery, then
/// resource verbs over the shared <see cref="ObjectStore"/>.
/// </summary>
internal sealed partial class ApiRequestHandler(KubernetesEmulator emulator, ILogger logger)
{
    private const string Anonymous = "system:anonymous";
    private readonly WatchStreamer _watches = new(emulator.Options, emulator.Faults);

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var isWatch = IsTrue(context.Request.Query["watch"]);
        emulator.Requests.Add(new RequestRecord(context.Request.Method, path, isWatch));
        ApiResponses.SetCommonHeaders(context.Response);
        try
        {
            await DispatchAsync(context, path, isWatch);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await ApiResponses.WriteErrorAsync(context, error);
        }

        LogRequest(logger, context.Request.Method, path + context.Request.QueryString, context.Response.StatusCode);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} -> {StatusCode}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode);

    private async Task DispatchAsync(HttpContext context, string path, bool isWatch)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var user = authorization.Length == 0 ? Anonymous : authorization == "Bearer " + emulator.Options.Token ? "sandbox" : null;
        if (user is null)
        {
            await ApiResponses.WriteJsonAsync(context, 401, KubeStatus.Unauthorized());
            return;
        }

        if (emulator.Faults.TakeFailure(path) is { } failure)
        {
            if (failure.Code == 429)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await ApiResponses.WriteJsonAsync(context, 429, KubeStatus.TooManyRequests(failure.RetryAfterSeconds));
            }
            else
            {
                await ApiResponses.WriteJsonAsync(context, 500, KubeStatus.InternalError("injected fault"));
            }

            return;
        }

        var api = ApiPath.Parse(path);
        if (user == Anonymous && api.Kind != ApiPathKind.Version)
        {
            var anonymousType = api.Kind == ApiPathKind.Resource ? emulator.Registry.Find(api.Group, api.Version, api.Plural) : null;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            var forbidden = anonymousType is null
                ? KubeStatus.ForbiddenPath(Anonymous, "get", path)
                : KubeStatus.Forbidden(Anonymous, Verb(context.Request.Method, api, isWatch), anonymousType, api.Subresource, api.Namespace, api.Name);
            await ApiResponses.WriteJsonAsync(context, 403, forbidden);
            return;
        }

        var served = emulator.Registry.Served;
        switch (api.Kind)
        {
            case ApiPathKind.Version:
                await ApiResponses.WriteIndentedAsync(context, 200, DiscoveryDocuments.Version());
                return;
            case ApiPathKind.CoreVersions:
                await ApiResponses.WriteJsonAsync(context, 200, DiscoveryDocuments.CoreVersions(context.Request.Host.Value ?? "127.0.0.1"));
                return;
            case ApiPathKind.Groups when AcceptHeader.OnlyAggregatedDiscovery(context.Request.Headers.Accept.ToString()):
                await ApiResponses.WriteIndentedAsync(context, 406, DiscoveryDocuments.NotAcceptable());
                return;
            case ApiPathKind.Groups:
                await ApiResponses.WriteJsonAsync(context, 200, DiscoveryDocuments.GroupList(served));
                return;
            case ApiPathKind.Group:
                await ApiResponses.WriteJsonAsync(context, 200, DiscoveryDocuments.Group(api.Group, served) ?? throw ApiException.PageNotFound());
                return;
            case ApiPathKind.GroupVersion:
                await ApiResponses.WriteJsonAsync(context, 200, DiscoveryDocuments.ResourceList(api.Group, api.Version, served) ?? throw ApiException.PageNotFound());
                return;
            case ApiPathKind.Resource:
                await ResourceAsync(context, api, isWatch);
                return;
            default:
                throw ApiException.PageNotFound();
        }
    }

    private async Task ResourceAsync(HttpContext context, ApiPath api, bool isWatch)
    {
        var type = emulator.Registry.Find(api.Group, api.Version, api.Plural) ?? throw ApiException.PageNotFound();
        if ((!type.Namespaced && api.Namespace is not null) || (api.Subresource is not null && api.Subresource != "status"))
        {
            throw ApiException.PageNotFound();
        }

        var method = context.Request.Method;
        if (emulator.Faults.IsForbidden(type))
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await ApiResponses.WriteJsonAsync(context, 403, KubeStatus.Forbidden("sandbox", Verb(method, api, isWatch), type, api.Subresource, api.Namespace, api.Name));
            return;
        }

        if (api.Subresource is not null && (!type.HasStatusSubresource || api.Name is null))
        {
            // Argo CD's Application declares no status subresource: the real server names the object as not found.
            throw KubeStatus.NotFound(type, api.Name ?? string.Empty);
        }

        var store = emulator.Store;
        var query = context.Request.Query;
        var asTable = AcceptHeader.WantsTable(context.Request.Headers.Accept.ToString());
        switch (method)
        {
            case "GET" when api.Name is null && isWatch:
                var start = store.Watch(type, api.Namespace, query["resourceVersion"], query["labelSelector"], query["fieldSelector"]);
                var timeout = int.TryParse(query["timeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 0;
                await _watches.RunAsync(context, type, start, IsTrue(query["allowWatchBookmarks"]), timeout, asTable);
                return;
            case "GET" when api.Name is null:
                await ListAsync(context, type, api.Namespace, asTable);
                return;
            case "GET":
                var found = store.FindStored(type, api.Namespace, api.Name) ?? throw KubeStatus.NotFound(type, api.Name);
                await WriteObjectAsync(context, 200, type, found, asTable);
                return;
            case "POST" when api.Name is null && (api.Namespace is not null || !type.Namespaced):
                var created = store.Create(type, api.Namespace, await ReadObjectAsync(context));
                await ApiResponses.WriteJsonAsync(context, 201, created);
                return;
            case "PUT" when api.Name is not null:
                await ApiResponses.WriteJsonAsync(context, 200, store.Update(type, api.Namespace, api.Name, await ReadObjectAsync(context), api.Subresource));
                return;
            case "PATCH" when api.Name is not null:
                await PatchAsync(context, type, api);
                return;
            case "DELETE" when api.Name is not null:
                await ApiResponses.WriteJsonAsync(context, 200, store.Delete(type, api.Namespace, api.Name));
                return;
            default:
                await ApiResponses.WriteJsonAsync(context, 405, KubeStatus.Failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", []));
                return;
        }
    }

    private async Task ListAsync(HttpContext context, ResourceType type, string? ns, bool asTable)
    {
        var query = context.Request.Query;
        var limit = int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 0;
        var page = emulator.Store.ListPage(type, ns, new ListQuery(query["resourceVersion"], query["resourceVersionMatch"], limit, query["continue"], query["labelSelector"], query["fieldSelector"]));
        if (asTable)
        {
            await ApiResponses.WriteJsonAsync(context, 200, TableBuilder.Build(type, page.Items, page.ResourceVersion, page.Continue, emulator.Options.TimeProvider.GetUtcNow()));
            return;
        }

        using var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes($"{{\"apiVersion\":\"{type.ApiVersion}\",\"items\":["));
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (i > 0)
            {
                body.WriteByte((byte)',');
            }

            body.Write(page.Items[i].Json);
        }

        var remaining = page.RemainingItemCount is { } r ? $",\"remainingItemCount\":{r}" : string.Empty;
        body.Write(Encoding.UTF8.GetBytes($"],\"kind\":\"{type.ListKind}\",\"metadata\":{{\"continue\":\"{page.Continue}\"{remaining},\"resourceVersion\":\"{page.ResourceVersion}\"}}}}\n"));
        await ApiResponses.WriteBytesAsync(context, 200, body.ToArray());
    }

    private async Task PatchAsync(HttpContext context, ResourceType type, ApiPath api)
    {
        var contentType = context.Request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        PatchType patchType = contentType switch
        {
            "application/merge-patch+json" => PatchType.Merge,
            "application/json-patch+json" => PatchType.Json,
            "application/strategic-merge-patch+json" => PatchType.StrategicMerge,
            "application/apply-patch+yaml" => PatchType.Apply,
            _ => throw KubeStatus.UnsupportedPatch(),
        };
        if (patchType == PatchType.Apply && string.IsNullOrEmpty(context.Request.Query["fieldManager"]))
        {
            throw new ApiException(KubeStatus.Failure(422, "Invalid", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
                new JsonObject
                {
                    ["group"] = "meta.k8s.io",
                    ["kind"] = "PatchOptions",
                    ["causes"] = new JsonArray(new JsonObject { ["reason"] = "FieldValueRequired", ["message"] = "Required value: is required for apply patch", ["field"] = "fieldManager" }),
                }));
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var (result, created) = emulator.Store.Patch(type, api.Namespace, api.Name!, patchType, body, api.Subresource);
        await ApiResponses.WriteJsonAsync(context, created ? 201 : 200, result);
    }

    private Task WriteObjectAsync(HttpContext context, int code, ResourceType type, StoredObject obj, bool asTable) =>
        asTable
            ? ApiResponses.WriteJsonAsync(context, code, TableBuilder.Build(type, [obj], null, null, emulator.Options.TimeProvider.GetUtcNow()))
            : ApiResponses.WriteBytesAsync(context, code, [.. obj.Json, (byte)'\n']);

    private static async Task<JsonObject> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject
                ?? throw KubeStatus.BadRequest("the body of the request must be a JSON object");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw KubeStatus.BadRequest($"error decoding request body: {ex.Message}");
        }
    }

    private static string Verb(string method, ApiPath api, bool isWatch) => method switch
    {
        "GET" when isWatch => "watch",
        "GET" => api.Name is null ? "list" : "get",
        "POST" => "create",
        "PUT" => "update",
        "PATCH" => "patch",
        "DELETE" => api.Name is null ? "deletecollection" : "delete",
        _ => method.ToLowerInvariant(),
    };

    private static bool IsTrue(string? value) => value is "1" or "true" or "True";
}
