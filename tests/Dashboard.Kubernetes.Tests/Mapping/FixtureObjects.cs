using System.Text.Json;
using Dashboard.Testing;

namespace Dashboard.Kubernetes.Tests.Mapping;

/// <summary>The objects of one fixture file, as JSON, looked up by metadata.name.</summary>
internal static class FixtureObjects
{
    public const string Cluster = "homelab";

    public const string Applications = "argoproj.io_applications.yaml";
    public const string ApplicationSets = "argoproj.io_applicationsets.yaml";
    public const string Kustomizations = "kustomize.toolkit.fluxcd.io_kustomizations.yaml";
    public const string HelmReleases = "helm.toolkit.fluxcd.io_helmreleases.yaml";
    public const string GitRepositories = "source.toolkit.fluxcd.io_gitrepositories.yaml";
    public const string Certificates = "cert-manager.io_certificates.yaml";
    public const string Volumes = "longhorn.io_volumes.yaml";
    public const string Backups = "longhorn.io_backups.yaml";

    public static IReadOnlyList<string> CustomResourceFiles { get; } =
        [Applications, ApplicationSets, Kustomizations, HelmReleases, GitRepositories, Certificates, Volumes, Backups];

    public static IReadOnlyList<JsonElement> All(string file) => YamlJson.LoadDocuments(Fixtures.Objects(file));

    public static JsonElement Named(string file, string name) =>
        All(file).Single(o => o.GetProperty("metadata").GetProperty("name").GetString() == name);

    public static IReadOnlyList<string> Names(string file) =>
        All(file).Select(o => o.GetProperty("metadata").GetProperty("name").GetString()!).ToList();
}
