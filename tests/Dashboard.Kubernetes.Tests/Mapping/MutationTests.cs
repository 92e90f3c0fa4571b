using System.Text.Json;
using Dashboard.Kubernetes.Mapping;
using Nodes = System.Text.Json.Nodes;

namespace Dashboard.Kubernetes.Tests.Mapping;

/// <summary>
/// Property-style: every fixture object, with every field in turn removed or replaced by a value of
/// the wrong shape, maps without throwing and without hitting the mapper's last-resort guard.
/// </summary>
public sealed class MutationTests
{
    private static readonly Nodes.JsonNode?[] Replacements =
    [
        null,
        Nodes.JsonValue.Create("not-what-you-expected"),
        Nodes.JsonValue.Create(-12),
        Nodes.JsonValue.Create(1e300),
        new Nodes.JsonArray(Nodes.JsonValue.Create(1)),
        new Nodes.JsonObject { ["unexpected"] = true },
    ];

    public static TheoryData<string> Files() => new(FixtureObjects.CustomResourceFiles);

    [Theory]
    [MemberData(nameof(Files))]
    public void Map_EveryFieldMutated_NeverThrowsNorFallsBack(string file)
    {
        var mapper = MapperFor(file);
        var mutations = 0;
        foreach (var original in FixtureObjects.All(file))
        {
            var root = Nodes.JsonNode.Parse(original.GetRawText())!;
            foreach (var path in Paths(root, []))
            {
                foreach (var mutant in Mutants(root, path))
                {
                    var item = mapper.Map("c", mutant);
                    mutations++;

                    Assert.Equal(mapper.Kind, item.Key.Kind);
                    Assert.DoesNotContain(ResourceMapperBase<Core.Cluster.AppStatus>.MapperFailure, MalformedObjectTests.UnreadableFields(item));
                }
            }
        }

        Assert.True(mutations > 100, $"only {mutations} mutations for {file}");
    }

    private static IResourceMapper MapperFor(string file) => file switch
    {
        FixtureObjects.Applications => new ArgoApplicationMapper(),
        FixtureObjects.ApplicationSets => new ArgoApplicationSetMapper(),
        FixtureObjects.Kustomizations => new FluxKustomizationMapper(),
        FixtureObjects.HelmReleases => new FluxHelmReleaseMapper(),
        FixtureObjects.GitRepositories => new FluxGitRepositoryMapper(),
        FixtureObjects.Certificates => new CertificateMapper(),
        FixtureObjects.Volumes => new LonghornVolumeMapper(),
        FixtureObjects.Backups => new LonghornBackupMapper(),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, null),
    };

    /// <summary>Paths to every property and array item, skipping deep spec subtrees that no mapper reads.</summary>
    private static IEnumerable<object[]> Paths(Nodes.JsonNode node, object[] prefix)
    {
        if (prefix.Length >= 6 || prefix is ["metadata", "annotations" or "labels" or "managedFields", ..])
        {
            yield break;
        }

        switch (node)
        {
            case Nodes.JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    object[] path = [.. prefix, name];
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var nested in Paths(child, path))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case Nodes.JsonArray array:
                // The first two items are enough to exercise per-item handling.
                for (var i = 0; i < Math.Min(array.Count, 2); i++)
                {
                    object[] path = [.. prefix, i];
                    yield return path;
                    if (array[i] is { } child)
                    {
                        foreach (var nested in Paths(child, path))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
        }
    }

    private static IEnumerable<JsonElement> Mutants(Nodes.JsonNode root, object[] path)
    {
        yield return Mutate(root, path, remove: true, replacement: null);
        foreach (var replacement in Replacements)
        {
            yield return Mutate(root, path, remove: false, replacement);
        }
    }

    private static JsonElement Mutate(Nodes.JsonNode root, object[] path, bool remove, Nodes.JsonNode? replacement)
    {
        var copy = root.DeepClone();
        var parent = copy;
        foreach (var step in path[..^1])
        {
            parent = step is string name ? parent![name] : parent![(int)step];
        }

        var value = replacement?.DeepClone();
        switch (parent, path[^1])
        {
            case (Nodes.JsonObject obj, string name):
                if (remove)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = value;
                }

                break;
            case (Nodes.JsonArray array, int index):
                if (remove)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = value;
                }

                break;
        }

        using var document = JsonDocument.Parse(copy.ToJsonString());
        return document.RootElement.Clone();
    }
}
