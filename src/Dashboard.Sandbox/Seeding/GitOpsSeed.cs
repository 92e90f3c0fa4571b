using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes.Json;
using Dashboard.Sandbox.Kubernetes.Store;

namespace Dashboard.Sandbox.Seeding;

/// <summary>
/// The cluster objects that deploy from the sandbox repository (Seed/gitops/fleet-infra-objects.yaml): Flux's
/// GitRepository, the infra-controllers → infra-configs → apps Kustomizations and their HelmReleases, and the Argo CD
/// apps whoami (synced at its last commit) and homelab-apps (one commit behind, so pending commits exist).
/// </summary>
public static partial class GitOpsSeed
{
    /// <summary>Sandbox repository URL as the Flux GitRepository names it (Argo apps use the ".git" form).</summary>
    public const string RepositoryUrl = "https://github.com/homelab/fleet-infra";

    private const string ResourceName = "Seed/gitops/fleet-infra-objects.yaml";

    /// <summary>Fixture objects this seed replaces: the same names, or Kustomizations that would point at the sandbox repo with paths it lacks.</summary>
    private static readonly HashSet<string> Replaced = new(StringComparer.Ordinal)
    {
        "GitRepository/flux-system/flux-system",
        "Kustomization/flux-system/apps",
        "Kustomization/flux-system/infrastructure",
        "HelmRelease/podinfo/podinfo",
    };

    /// <summary>True for a fixture object that <see cref="Apply"/> replaces.</summary>
    public static bool ReplacesFixture(JsonObject fixture) => Replaced.Contains(Key(fixture));

    /// <summary>The objects with every <c>{{sha:label}}</c> resolved against <paramref name="repository"/>.</summary>
    public static IReadOnlyList<JsonObject> Objects(SandboxGitRepository repository)
    {
        var text = ShaPlaceholder().Replace(Read(), m => repository.Sha(m.Groups[1].Value));
        return YamlJson.ReadDocuments(text);
    }

    /// <summary>Seeds the objects (with their status) into <paramref name="store"/>; returns how many.</summary>
    public static int Apply(ObjectStore store, SandboxGitRepository repository)
    {
        var objects = Objects(repository);
        SandboxSeed.EnsureNamespaces(store, objects);
        foreach (var obj in objects)
        {
            store.Seed(obj);
        }

        return objects.Count;
    }

    private static string Key(JsonObject obj) =>
        $"{obj["kind"]?.GetValue<string>()}/{obj["metadata"]?["namespace"]?.GetValue<string>()}/{obj["metadata"]?["name"]?.GetValue<string>()}";

    private static string Read()
    {
        using var stream = typeof(GitOpsSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; check Dashboard.Sandbox.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{sha:([a-z0-9.\-]+)\}\}")]
    private static partial Regex ShaPlaceholder();
}
