using YamlDotNet.Core;

namespace Dashboard.Git.Editing;

/// <summary>
/// A node of a YAML document as the parser saw it, with its exact character span in the source text.
/// This is a read-only map of positions, never a model to serialize back.
/// </summary>
internal sealed class YamlNode
{
    public required YamlNodeKind Kind { get; init; }

    /// <summary>Index of the node's first character (for scalars: the quote or indicator, if any).</summary>
    public required int Start { get; init; }

    /// <summary>Index just past the node's last character (for block collections: past its last descendant).</summary>
    public int End { get; set; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public string? Anchor { get; init; }

    public string? Tag { get; init; }

    /// <summary>Scalar text after unescaping; the alias name for aliases.</summary>
    public string Value { get; init; } = "";

    public ScalarStyle Style { get; init; }

    public bool IsFlow { get; init; }

    /// <summary>True when the node sits inside a flow collection, where plain scalars may not contain ,[]{}.</summary>
    public bool InFlowContext { get; init; }

    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = [];

    public List<YamlNode> Items { get; } = [];

    /// <summary>Finds a mapping entry by its plain key text; null when absent or not a mapping.</summary>
    public YamlNode? Get(string key)
    {
        if (Kind != YamlNodeKind.Mapping)
        {
            return null;
        }

        foreach (var entry in Entries)
        {
            if (entry.Key.Kind == YamlNodeKind.Scalar && entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public KeyValuePair<YamlNode, YamlNode>? GetEntry(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Kind == YamlNodeKind.Scalar && entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The scalar value at <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public string? GetScalar(string key) =>
        Get(key) is { Kind: YamlNodeKind.Scalar } node ? node.Value : null;

    public bool IsBlock() => Kind == YamlNodeKind.Scalar && Style is ScalarStyle.Literal or ScalarStyle.Folded;

    public bool IsNullScalar =>
        Kind == YamlNodeKind.Scalar && Style == ScalarStyle.Plain && Tag is null && YamlPlainScalars.Resolve(Value) == YamlPlainType.Null;
}
