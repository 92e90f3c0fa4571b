using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>One served resource (group, version, plural) with what discovery and the store need to know about it.</summary>
public sealed record ResourceType(
    string Group,
    string Version,
    string Plural,
    string Singular,
    string Kind,
    bool Namespaced,
    bool HasStatusSubresource,
    bool IsCustom,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Categories,
    IReadOnlyList<PrinterColumn> PrinterColumns)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    public string GroupVersion => ApiVersion;

    /// <summary><c>applications.argoproj.io</c>, or just <c>pods</c> for the core group: the name used in error messages.</summary>
    public string QualifiedName => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public string ListKind => Kind + "List";

    /// <summary>Objects are stored per group and plural, independent of the version they are read through.</summary>
    internal string StorageKey => Group + "/" + Plural;

    internal string StorageVersionHash =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{Group}/{Version}/{Kind}"))[..8]);
}
