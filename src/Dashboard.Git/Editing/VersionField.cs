namespace Dashboard.Git.Editing;

/// <summary>An editable version-like scalar of a manifest.</summary>
/// <param name="Locator">Path inside the document, usable with <see cref="YamlScalarEditor"/> and <see cref="YamlDocumentSelector.At"/>.</param>
/// <param name="ObjectKind">The <c>kind</c> of the object that owns the field (null for values files, Chart.yaml).</param>
/// <param name="Image">Set when the scalar is a whole image reference (<c>repo:tag@digest</c>); edit its tag with <see cref="ImageReference.WithTag"/>.</param>
public sealed record VersionField(
    int DocumentIndex,
    string Locator,
    VersionFieldKind Kind,
    string Value,
    string Raw,
    int Line,
    string? ObjectKind,
    ImageReference? Image)
{
    /// <summary>The locator with a <c>[doc N]</c> prefix, for multi-document files.</summary>
    public string QualifiedLocator => $"[doc {DocumentIndex}] {Locator}";
}
