using System.Collections.Concurrent;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>
/// The resource types the emulator serves: built-in core kinds plus installed CRDs. A CRD can be hidden
/// (as if not installed): it disappears from discovery and its paths answer <c>404 page not found</c>.
/// </summary>
public sealed class ResourceRegistry
{
    private readonly Lock _gate = new();
    private readonly List<ResourceType> _types = [.. BuiltinResources.All];
    private readonly ConcurrentDictionary<string, bool> _hidden = new(StringComparer.Ordinal);

    /// <summary>Every served type that is not hidden, built-ins first, CRDs in installation order.</summary>
    public IReadOnlyList<ResourceType> Served
    {
        get
        {
            lock (_gate)
            {
                return _types.Where(t => !_hidden.ContainsKey(t.QualifiedName)).ToList();
            }
        }
    }

    public void Install(IEnumerable<ResourceType> types)
    {
        lock (_gate)
        {
            foreach (var type in types)
            {
                _types.RemoveAll(t => t.Group == type.Group && t.Version == type.Version && t.Plural == type.Plural);
                _types.Add(type);
            }
        }
    }

    /// <summary>Hides a CRD by its name (<c>applications.argoproj.io</c>); its stored objects stay.</summary>
    public void Hide(string qualifiedName) => _hidden[qualifiedName] = true;

    public void Unhide(string qualifiedName) => _hidden.TryRemove(qualifiedName, out _);

    public ResourceType? Find(string group, string version, string plural) =>
        Served.FirstOrDefault(t => t.Group == group && t.Version == version && t.Plural == plural);

    /// <summary>The served type for a group and plural (first served version), including hidden ones; for in-process callers.</summary>
    public ResourceType Require(string group, string plural)
    {
        lock (_gate)
        {
            return _types.FirstOrDefault(t => t.Group == group && t.Plural == plural)
                ?? throw new KeyNotFoundException($"The resource {plural}.{group} is not registered in the emulator.");
        }
    }

    /// <summary>The type for an object's apiVersion and kind, including hidden ones (seeding).</summary>
    public ResourceType? FindByKind(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? string.Empty : apiVersion[..slash];
        var version = slash < 0 ? apiVersion : apiVersion[(slash + 1)..];
        lock (_gate)
        {
            return _types.FirstOrDefault(t => t.Group == group && t.Version == version && t.Kind == kind);
        }
    }
}
