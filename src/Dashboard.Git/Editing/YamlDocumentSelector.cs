namespace Dashboard.Git.Editing;

/// <summary>
/// Which document of a multi-document file to edit: by 0-based index, by kind (and name), or
/// automatically (the only document where the locator resolves).
/// </summary>
public sealed record YamlDocumentSelector
{
    private YamlDocumentSelector(int? index, string? kind, string? name)
    {
        Index = index;
        Kind = kind;
        Name = name;
    }

    /// <summary>The single document in which the locator resolves; ambiguous when several do.</summary>
    public static YamlDocumentSelector Auto { get; } = new(null, null, null);

    public int? Index { get; }

    public string? Kind { get; }

    public string? Name { get; }

    public bool IsAuto => Index is null && Kind is null;

    public static YamlDocumentSelector At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new YamlDocumentSelector(index, null, null);
    }

    /// <summary>The document whose <c>kind</c> equals <paramref name="kind"/> and, when given, whose <c>metadata.name</c> equals <paramref name="name"/>.</summary>
    public static YamlDocumentSelector ByKind(string kind, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return new YamlDocumentSelector(null, kind, name);
    }

    public override string ToString() =>
        Index is { } index ? $"document {index}" : Kind is null ? "any document" : $"{Kind}{(Name is null ? "" : "/" + Name)}";
}
