using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Kubernetes.Json;
using Dashboard.Sandbox.Kubernetes.Store;

namespace Dashboard.Sandbox.Seeding;

/// <summary>
/// Loads the embedded upstream CRDs and fixture objects (Seed/, Apache-2.0) into an emulator, keeping their
/// statuses, and generates realistic clones of them for scale tests.
/// </summary>
public static class SandboxSeed
{
    private static readonly Lazy<IReadOnlyList<ResourceType>> CrdTypes = new(LoadCrdTypes);
    private static readonly Lazy<IReadOnlyList<string>> FixtureObjects = new(LoadFixtureObjects);

    /// <summary>Installs the CRDs and seeds every fixture object (plus the namespaces they live in).</summary>
    public static int Apply(KubernetesEmulator emulator) => Apply(emulator, null);

    /// <summary>
    /// Like <see cref="Apply(KubernetesEmulator)"/>, leaving out the fixtures <paramref name="skip"/> selects (replaced by other seeds).
    /// Also seeds the TLS secrets of the issued Certificates and a few Ingresses (<see cref="TlsSecretSeed"/>), not counted.
    /// </summary>
    public static int Apply(KubernetesEmulator emulator, Func<JsonObject, bool>? skip)
    {
        InstallCrds(emulator.Registry);
        var seeded = SeedFixtures(emulator.Store, skip);
        TlsSecretSeed.Apply(emulator.Store);
        return seeded;
    }

    public static void InstallCrds(ResourceRegistry registry) => registry.Install(CrdTypes.Value);

    /// <summary>Seeds the fixture objects with their status (through the internal seeding path), returning how many were added.</summary>
    public static int SeedFixtures(ObjectStore store, Func<JsonObject, bool>? skip = null)
    {
        var objects = FixtureObjects.Value.Select(j => (JsonObject)JsonNode.Parse(j)!).Where(o => skip is null || !skip(o)).ToList();
        EnsureNamespaces(store, objects);
        foreach (var obj in objects)
        {
            store.Seed(obj);
        }

        return objects.Count;
    }

    /// <summary>
    /// Adds <paramref name="count"/> Argo CD Applications, and a quarter as many Certificates and Longhorn Volumes,
    /// cloned round-robin from the fixtures with distinct names and uids (<c>&lt;fixture&gt;-g00001</c>).
    /// </summary>
    public static int AddGeneratedApps(ObjectStore store, int count) =>
        AddGenerated(store, count, (count + 3) / 4, (count + 3) / 4);

    public static int AddGenerated(ObjectStore store, int applications, int certificates, int volumes)
    {
        var templates = FixtureObjects.Value.Select(j => (JsonObject)JsonNode.Parse(j)!).ToList();
        var added = Clone(store, templates, "Application", applications);
        added += Clone(store, templates, "Certificate", certificates);
        added += Clone(store, templates, "Volume", volumes);
        return added;
    }

    private static int Clone(ObjectStore store, List<JsonObject> all, string kind, int count)
    {
        var templates = all.Where(o => o["kind"]?.GetValue<string>() == kind && o["metadata"]?["namespace"] is not null).ToList();
        if (templates.Count == 0 || count <= 0)
        {
            return 0;
        }

        EnsureNamespaces(store, templates);
        var offset = store.Count(store.Registry.FindByKind(templates[0]["apiVersion"]!.GetValue<string>(), kind)!);
        for (var i = 0; i < count; i++)
        {
            var clone = (JsonObject)templates[i % templates.Count].DeepClone();
            var meta = (JsonObject)clone["metadata"]!;
            var suffix = $"-g{offset + i + 1:D5}";
            meta["name"] = meta["name"]!.GetValue<string>() + suffix;
            meta.Remove("uid");
            meta.Remove("resourceVersion");
            if (meta["labels"] is not JsonObject labels)
            {
                labels = [];
                meta["labels"] = labels;
            }

            labels["sandbox.dashboard/generated"] = "true";
            if (clone["spec"]?["secretName"] is JsonValue secret)
            {
                clone["spec"]!["secretName"] = secret.GetValue<string>() + suffix;
                CloneSecret(store, meta["namespace"]?.GetValue<string>(), secret.GetValue<string>(), suffix);
            }

            store.Seed(clone);
        }

        return count;
    }

    /// <summary>A cloned Certificate gets a copy of its template's TLS secret (when seeded), so it is not reported missing.</summary>
    private static void CloneSecret(ObjectStore store, string? ns, string secretName, string suffix)
    {
        var secrets = store.Registry.Require(string.Empty, "secrets");
        if (ns is null || store.FindStored(secrets, ns, secretName) is null || store.FindStored(secrets, ns, secretName + suffix) is not null)
        {
            return;
        }

        var copy = store.List(secrets, ns).First(s => s["metadata"]?["name"]?.GetValue<string>() == secretName);
        var meta = (JsonObject)copy["metadata"]!;
        meta["name"] = secretName + suffix;
        meta.Remove("uid");
        meta.Remove("resourceVersion");
        meta.Remove("creationTimestamp");
        store.Seed(copy);
    }

    internal static void EnsureNamespaces(ObjectStore store, IEnumerable<JsonObject> objects)
    {
        var namespaceType = store.Registry.Require(string.Empty, "namespaces");
        var names = objects.Select(o => o["metadata"]?["namespace"]?.GetValue<string>()).OfType<string>()
            .Append("default").Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (store.FindStored(namespaceType, null, name) is null)
            {
                store.Seed(new JsonObject
                {
                    ["apiVersion"] = "v1",
                    ["kind"] = "Namespace",
                    ["metadata"] = new JsonObject { ["name"] = name },
                    ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
                    ["status"] = new JsonObject { ["phase"] = "Active" },
                });
            }
        }
    }

    private static IReadOnlyList<ResourceType> LoadCrdTypes() =>
        ReadResources("Seed/crds/").SelectMany(YamlJson.ReadDocuments).SelectMany(CrdReader.Read).ToList();

    private static IReadOnlyList<string> LoadFixtureObjects() =>
        ReadResources("Seed/objects/").SelectMany(YamlJson.ReadDocuments).Select(o => o.ToJsonString()).ToList();

    private static IEnumerable<string> ReadResources(string prefix)
    {
        var assembly = typeof(SandboxSeed).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return reader.ReadToEnd();
        }
    }
}
