namespace Dashboard.Git.Editing;

/// <summary>One document of a YAML stream: its 0-based index and root node (null for an empty document).</summary>
internal sealed record YamlDocumentModel(int Index, YamlNode? Root)
{
    public string? Kind => Root?.GetScalar("kind");

    public string? Name => Root?.Get("metadata")?.GetScalar("name");

    public string Describe() =>
        Kind is null ? $"document {Index}" : $"document {Index} ({Kind}{(Name is null ? "" : "/" + Name)})";
}
