namespace Dashboard.Git.Editing;

/// <summary>One step of a <see cref="YamlLocator"/>: a mapping key, a list index, or a list item chosen by a key's value.</summary>
public sealed record YamlPathSegment
{
    private YamlPathSegment(string? key, int? index, string? selectorKey, string? selectorValue)
    {
        Key = key;
        Index = index;
        SelectorKey = selectorKey;
        SelectorValue = selectorValue;
    }

    public string? Key { get; }

    public int? Index { get; }

    public string? SelectorKey { get; }

    public string? SelectorValue { get; }

    public static YamlPathSegment ForKey(string key) => new(key, null, null, null);

    public static YamlPathSegment ForIndex(int index) => new(null, index, null, null);

    public static YamlPathSegment ForSelector(string key, string value) => new(null, null, key, value);

    public override string ToString()
    {
        if (Index is { } index)
        {
            return $"[{index}]";
        }

        if (SelectorKey is not null)
        {
            return $"[{SelectorKey}={SelectorValue}]";
        }

        return Key!.IndexOfAny(['.', '[', ']', '"']) >= 0 || Key.Length == 0
            ? "[\"" + Key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]"
            : Key;
    }
}
