using Dashboard.Core.Cluster;
using Dashboard.Git.Editing;

namespace Dashboard.Git.Planning;

/// <summary>The apiVersion group and kind of the object behind an app, and how to recognize its manifest.</summary>
internal sealed record ManifestIdentity(string Group, string Kind, string Namespace, string Name)
{
    public static ManifestIdentity Of(ResourceKey key) => key.Kind switch
    {
        ResourceKind.ArgoApplication => new("argoproj.io", "Application", key.Namespace, key.Name),
        ResourceKind.ArgoApplicationSet => new("argoproj.io", "ApplicationSet", key.Namespace, key.Name),
        ResourceKind.FluxKustomization => new("kustomize.toolkit.fluxcd.io", "Kustomization", key.Namespace, key.Name),
        ResourceKind.FluxHelmRelease => new("helm.toolkit.fluxcd.io", "HelmRelease", key.Namespace, key.Name),
        ResourceKind.FluxGitRepository => new("source.toolkit.fluxcd.io", "GitRepository", key.Namespace, key.Name),
        _ => throw new ArgumentException($"{key.Kind} is not an app kind.", nameof(key)),
    };

    public bool IsManagedBy(AppStatus parent) =>
        parent.Resources.Any(r => r.Kind == Kind && r.Name == Name && (r.Group.Length == 0 || r.Group == Group)
            && (r.Namespace.Length == 0 || r.Namespace == Namespace));

    /// <summary>The documents of <paramref name="text"/> that declare this object: (index, complete) where complete means not a kustomize patch.</summary>
    public IReadOnlyList<(int Index, bool Complete)> FindIn(string text)
    {
        IReadOnlyList<YamlDocumentModel> documents;
        try
        {
            documents = YamlTreeReader.Read(text);
        }
        catch (YamlEditException)
        {
            return [];
        }

        var found = new List<(int, bool)>();
        foreach (var document in documents)
        {
            var root = document.Root;
            if (root is not { Kind: YamlNodeKind.Mapping }
                || root.GetScalar("apiVersion")?.StartsWith(Group + "/", StringComparison.Ordinal) != true
                || document.Kind != Kind || document.Name != Name)
            {
                continue;
            }

            var ns = root.Get("metadata")?.GetScalar("namespace");
            if (ns is not null && ns != Namespace)
            {
                continue;
            }

            found.Add((document.Index, IsComplete(root.Get("spec"))));
        }

        return found;
    }

    /// <summary>A patch (kustomize overlay) carries a few fields; the definition carries the required ones.</summary>
    private bool IsComplete(YamlNode? spec) => spec is not null && (Group == "argoproj.io"
        ? spec.Get("source") is not null || spec.Get("sources") is not null || spec.Get("template") is not null || spec.Get("destination") is not null
        : spec.Get("interval") is not null);
}
