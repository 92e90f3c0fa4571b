using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes.Json;

namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>Writes, with the API server's rules for RV, generation, status subresource and finalizers (kube-wire rules 2, 4, 18, 23-28).</summary>
public sealed partial class ObjectStore
{
    private const string NameAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    /// <summary>POST: server sets uid, creationTimestamp, resourceVersion, generation 1; status is dropped where the CRD has a status subresource.</summary>
    public JsonObject Create(ResourceType type, string? ns, JsonObject body) => CreateCore(type, ns, body, seeding: false).Copy();

    /// <summary>Seeding path: like a create, but keeps status, uid, creationTimestamp and generation when present.</summary>
    internal JsonObject Seed(JsonObject body)
    {
        var apiVersion = body["apiVersion"]?.GetValue<string>() ?? string.Empty;
        var kind = body["kind"]?.GetValue<string>() ?? string.Empty;
        var type = Registry.FindByKind(apiVersion, kind)
            ?? throw new InvalidDataException($"Cannot seed {kind} ({apiVersion}) \"{body["metadata"]?["name"]}\": the emulator serves no such type.");
        var ns = body["metadata"]?["namespace"]?.GetValue<string>() ?? (type.Namespaced ? "default" : null);
        return CreateCore(type, ns, body, seeding: true).Copy();
    }

    /// <summary>PUT of the object or of its <c>/status</c>; 409 when metadata.resourceVersion is not the current one.</summary>
    public JsonObject Update(ResourceType type, string? ns, string name, JsonObject body, string? subresource = null)
    {
        var bodyName = body["metadata"]?["name"]?.GetValue<string>();
        if (bodyName is not null && bodyName != name)
        {
            throw KubeStatus.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({name})");
        }

        lock (_gate)
        {
            var old = Find(type, ns, name) ?? throw KubeStatus.NotFound(type, name);
            var bodyRv = body["metadata"]?["resourceVersion"]?.GetValue<string>();
            if (string.IsNullOrEmpty(bodyRv))
            {
                throw KubeStatus.Invalid(type.Group, type.Kind, name, "metadata.resourceVersion", "FieldValueInvalid", "Invalid value: 0x0: must be specified for an update");
            }

            if (bodyRv != old.ResourceVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw KubeStatus.Conflict(type, name);
            }

            return Commit(type, old, Candidate(type, old, (JsonObject)body.DeepClone(), subresource), startDeletion: false).Copy();
        }
    }

    /// <summary>Merge patch through the store, as the simulator and tests use it.</summary>
    public JsonObject Patch(ResourceType type, string? ns, string name, JsonObject mergePatch, string? subresource = null) =>
        Patch(type, ns, name, PatchType.Merge, mergePatch.ToJsonString(), subresource).Object;

    /// <summary>PATCH with any supported content type; <c>Created</c> is true when an apply patch created the object.</summary>
    public (JsonObject Object, bool Created) Patch(ResourceType type, string? ns, string name, PatchType patchType, string body, string? subresource = null)
    {
        if (patchType == PatchType.StrategicMerge && type.IsCustom)
        {
            throw KubeStatus.UnsupportedPatch();
        }

        JsonNode? patch;
        try
        {
            patch = patchType == PatchType.Apply ? YamlJson.ReadDocuments(body).FirstOrDefault() : JsonNode.Parse(body);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or YamlDotNet.Core.YamlException)
        {
            throw KubeStatus.BadRequest($"error decoding patch: {ex.Message}");
        }

        lock (_gate)
        {
            var old = Find(type, ns, name);
            if (old is null)
            {
                if (patchType == PatchType.Apply && patch is JsonObject applied && subresource is null)
                {
                    return (CreateCore(type, ns, applied, seeding: false).Copy(), true);
                }

                throw KubeStatus.NotFound(type, name);
            }

            JsonObject patched;
            try
            {
                patched = patchType == PatchType.Json
                    ? JsonPatch.Apply(old.Copy(), patch as JsonArray ?? throw new JsonPatchException("a JSON patch must be an array")) as JsonObject ?? throw new JsonPatchException("not an object")
                    : MergePatch.Apply(old.Copy(), patch) as JsonObject ?? throw new JsonPatchException("not an object");
            }
            catch (JsonPatchException)
            {
                throw KubeStatus.PatchRejected();
            }

            var patchedRv = patched["metadata"]?["resourceVersion"]?.GetValue<string>();
            if (patchedRv is not null && patchedRv != old.ResourceVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw KubeStatus.Conflict(type, name);
            }

            return (Commit(type, old, Candidate(type, old, patched, subresource), startDeletion: false).Copy(), false);
        }
    }

    /// <summary>DELETE: a Status (Success) when the object is gone at once, or the object with deletionTimestamp when finalizers hold it.</summary>
    public JsonObject Delete(ResourceType type, string? ns, string name)
    {
        lock (_gate)
        {
            var old = Find(type, ns, name) ?? throw KubeStatus.NotFound(type, name);
            if (old.Metadata["finalizers"] is JsonArray { Count: > 0 })
            {
                return old.Metadata.ContainsKey("deletionTimestamp")
                    ? old.Copy()
                    : Commit(type, old, old.Copy(), startDeletion: true).Copy();
            }

            Remove(type, old);
            return KubeStatus.Success(type, name, old.Metadata["uid"]?.GetValue<string>() ?? string.Empty);
        }
    }

    private StoredObject CreateCore(ResourceType type, string? ns, JsonObject body, bool seeding)
    {
        var obj = (JsonObject)body.DeepClone();
        if (obj["metadata"] is not JsonObject meta)
        {
            meta = [];
            obj["metadata"] = meta;
        }

        var bodyNs = meta["namespace"]?.GetValue<string>();
        if (type.Namespaced)
        {
            if (bodyNs is not null && ns is not null && bodyNs != ns)
            {
                throw KubeStatus.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            meta["namespace"] = ns ?? bodyNs ?? "default";
        }
        else
        {
            meta.Remove("namespace");
        }

        var name = meta["name"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name))
        {
            var prefix = meta["generateName"]?.GetValue<string>();
            if (string.IsNullOrEmpty(prefix))
            {
                throw KubeStatus.Invalid(type.Group, type.Kind, string.Empty, "metadata.name", "FieldValueRequired", "Required value: name or generateName is required");
            }

            name = prefix + new string(Enumerable.Range(0, 5).Select(_ => NameAlphabet[Random.Shared.Next(NameAlphabet.Length)]).ToArray());
            meta["name"] = name;
        }

        obj["apiVersion"] = type.ApiVersion;
        obj["kind"] = type.Kind;
        if (type.HasStatusSubresource && !seeding)
        {
            obj.Remove("status");
        }

        lock (_gate)
        {
            var bucket = Bucket(type);
            var key = meta["namespace"]?.GetValue<string>() + "/" + name;
            if (bucket.ContainsKey(key))
            {
                throw KubeStatus.AlreadyExists(type, name);
            }

            var rv = ++_resourceVersion;
            if (!seeding || !meta.ContainsKey("uid"))
            {
                meta["uid"] = Guid.NewGuid().ToString();
            }

            if (!seeding || !meta.ContainsKey("creationTimestamp"))
            {
                meta["creationTimestamp"] = Timestamp();
            }

            if (!seeding || !meta.ContainsKey("generation"))
            {
                meta["generation"] = 1;
            }

            if (!seeding)
            {
                meta.Remove("deletionTimestamp");
                meta.Remove("deletionGracePeriodSeconds");
            }

            meta["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture);
            var stored = new StoredObject(JsonSort.SortedObject(obj));
            bucket[key] = stored;
            Record(WatchEventType.Added, type, stored, null);
            return stored;
        }
    }

    /// <summary>What a write may change: only status through /status; everything but status on a type with a status subresource.</summary>
    private static JsonObject Candidate(ResourceType type, StoredObject old, JsonObject written, string? subresource)
    {
        if (subresource == "status")
        {
            var candidate = old.Copy();
            candidate["status"] = written["status"]?.DeepClone();
            return candidate;
        }

        if (type.HasStatusSubresource)
        {
            written["status"] = old.Value["status"]?.DeepClone();
            if (written["status"] is null)
            {
                written.Remove("status");
            }
        }

        return written;
    }

    private StoredObject Commit(ResourceType type, StoredObject old, JsonObject candidate, bool startDeletion)
    {
        if (candidate["metadata"] is not JsonObject meta)
        {
            meta = [];
            candidate["metadata"] = meta;
        }

        candidate["apiVersion"] = old.Value["apiVersion"]?.DeepClone();
        candidate["kind"] = old.Value["kind"]?.DeepClone();
        foreach (var key in new[] { "uid", "creationTimestamp", "name", "namespace", "generation", "deletionTimestamp", "deletionGracePeriodSeconds", "generateName" })
        {
            meta[key] = old.Metadata[key]?.DeepClone();
            if (meta[key] is null)
            {
                meta.Remove(key);
            }
        }

        meta["resourceVersion"] = old.ResourceVersion.ToString(CultureInfo.InvariantCulture);
        var generation = old.Metadata["generation"]?.GetValue<long>() ?? 1;
        if (startDeletion)
        {
            meta["deletionTimestamp"] = Timestamp();
            meta["deletionGracePeriodSeconds"] = 0;
        }

        var sorted = JsonSort.SortedObject(candidate);
        if (startDeletion || SpecChanged(type, old.Value, sorted))
        {
            sorted["metadata"]!["generation"] = generation + 1;
        }

        if (JsonNode.DeepEquals(sorted, old.Value))
        {
            return old;
        }

        var finalizers = sorted["metadata"]?["finalizers"] as JsonArray;
        if (sorted["metadata"]!["deletionTimestamp"] is not null && (finalizers is null || finalizers.Count == 0))
        {
            // Removing the last finalizer of an object being deleted deletes it; the caller sees the patched object.
            Remove(type, old);
            return new StoredObject(sorted);
        }

        sorted["metadata"]!["resourceVersion"] = (++_resourceVersion).ToString(CultureInfo.InvariantCulture);
        var stored = new StoredObject(sorted);
        Bucket(type)[stored.Key] = stored;
        Record(WatchEventType.Modified, type, stored, old);
        return stored;
    }

    private void Remove(ResourceType type, StoredObject old)
    {
        var last = old.Copy();
        last["metadata"]!["resourceVersion"] = (++_resourceVersion).ToString(CultureInfo.InvariantCulture);
        Bucket(type).Remove(old.Key);
        Record(WatchEventType.Deleted, type, new StoredObject(last), old);
    }

    private static bool SpecChanged(ResourceType type, JsonObject before, JsonObject after)
    {
        foreach (var (key, value) in after)
        {
            if (key is "metadata" || (key is "status" && type.HasStatusSubresource))
            {
                continue;
            }

            if (!JsonNode.DeepEquals(value, before[key]))
            {
                return true;
            }
        }

        return before.Any(p => p.Key is not "metadata" && !(p.Key is "status" && type.HasStatusSubresource) && !after.ContainsKey(p.Key));
    }

    private string Timestamp() =>
        _time.GetUtcNow().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
