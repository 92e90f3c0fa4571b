using System.Text.Json.Nodes;
using Dashboard.Sandbox.GitHub;
using Dashboard.Sandbox.Kubernetes.Json;
using YamlDotNet.Core;

namespace Dashboard.Sandbox.Simulation;

/// <summary>
/// The Kubernetes manifests committed in the sandbox repository at one commit, as the simulated controllers read
/// them: a committed <c>spec.suspend</c> or removed <c>syncPolicy.automated</c> takes effect like in a real cluster.
/// </summary>
internal sealed class GitManifests
{
    private const int MaxFileBytes = 512 * 1024;

    private readonly SandboxGitRepository _repository;
    private readonly string _sha;
    private readonly Dictionary<string, JsonObject> _byKey = new(StringComparer.Ordinal);

    private GitManifests(SandboxGitRepository repository, string sha)
    {
        _repository = repository;
        _sha = sha;
    }

    public string Sha => _sha;

    public static GitManifests Load(SandboxGitRepository repository, string sha)
    {
        var manifests = new GitManifests(repository, sha);
        foreach (var path in repository.ListFiles(sha).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var text = repository.ReadFile(sha, path);
            if (text is null || text.Length > MaxFileBytes)
            {
                continue;
            }

            try
            {
                foreach (var document in YamlJson.ReadDocuments(text))
                {
                    var kind = document["kind"]?.GetValue<string>();
                    var name = document["metadata"]?["name"]?.GetValue<string>();
                    if (kind is not null && name is not null)
                    {
                        // The first definition wins, as a duplicate would fail to apply anyway.
                        manifests._byKey.TryAdd(Key(kind, document["metadata"]?["namespace"]?.GetValue<string>(), name), document);
                    }
                }
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException or FormatException)
            {
                // A template or broken file: a controller would report it; the simulation just ignores it.
            }
        }

        return manifests;
    }

    /// <summary>The manifest of <paramref name="kind"/> <paramref name="ns"/>/<paramref name="name"/> in Git, or null when none is committed.</summary>
    public JsonObject? Find(string kind, string? ns, string name) =>
        _byKey.GetValueOrDefault(Key(kind, ns, name));

    /// <summary>
    /// Folders a Kustomization at <paramref name="path"/> builds from: the folder itself plus the folders its
    /// kustomization.yaml pulls in through <c>resources</c>/<c>components</c> (e.g. apps/production → apps/base/podinfo).
    /// </summary>
    public IReadOnlyList<string> KustomizeFolders(string path)
    {
        var folders = new List<string>();
        Visit(Normalize(path), folders);
        return folders;
    }

    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>True when <paramref name="file"/> lies in <paramref name="folder"/> ('' = everything).</summary>
    public static bool IsUnder(string file, string folder) =>
        folder.Length == 0 || file == folder || file.StartsWith(folder + "/", StringComparison.Ordinal);

    private void Visit(string folder, List<string> folders)
    {
        if (folders.Contains(folder) || folders.Count > 32)
        {
            return;
        }

        folders.Add(folder);
        var file = _repository.ReadFile(_sha, Join(folder, "kustomization.yaml")) ?? _repository.ReadFile(_sha, Join(folder, "kustomization.yml"));
        if (file is null)
        {
            return;
        }

        List<JsonObject> documents;
        try
        {
            documents = YamlJson.ReadDocuments(file);
        }
        catch (YamlException)
        {
            return;
        }

        var references = documents.SelectMany(d => new[] { d["resources"], d["components"] })
            .OfType<JsonArray>().SelectMany(a => a).Select(n => n?.GetValue<string>()).OfType<string>();
        foreach (var reference in references)
        {
            var target = Normalize(Join(folder, reference));
            if (_repository.IsDirectory(_sha, target) && !folders.Any(f => IsUnder(target, f)))
            {
                Visit(target, folders);
            }
        }
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    private static string Key(string kind, string? ns, string name) => $"{kind}/{ns ?? string.Empty}/{name}";
}
