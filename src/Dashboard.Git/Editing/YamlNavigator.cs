using System.Globalization;

namespace Dashboard.Git.Editing;

/// <summary>Follows a <see cref="YamlLocator"/> through a document's node map.</summary>
internal static class YamlNavigator
{
    public static YamlResolution Resolve(YamlNode? root, YamlLocator locator)
    {
        var node = root;
        for (var i = 0; i < locator.Segments.Count; i++)
        {
            var segment = locator.Segments[i];
            var where = i == 0 ? "the document root" : $"'{locator.Take(i)}'";
            if (node is null)
            {
                return new YamlResolution(null, i, "the document is empty");
            }

            if (node.Kind == YamlNodeKind.Alias)
            {
                return new YamlResolution(null, i, $"{where} is an alias (*{node.Value}); edit the anchored value instead");
            }

            if (segment.Key is { } key)
            {
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    return new YamlResolution(null, i, $"{where} is a {Describe(node)}, not a mapping, so it has no key '{key}'");
                }

                var matches = node.Entries.Where(e => e.Key.Kind == YamlNodeKind.Scalar && e.Key.Value == key).ToList();
                if (matches.Count == 0)
                {
                    var keys = string.Join(", ", node.Entries.Where(e => e.Key.Kind == YamlNodeKind.Scalar).Select(e => e.Key.Value).Take(12));
                    return new YamlResolution(null, i, $"{where} has no key '{key}' (keys: {keys})");
                }

                if (matches.Count > 1)
                {
                    return new YamlResolution(null, i, $"{where} has the key '{key}' {matches.Count} times");
                }

                node = matches[0].Value;
                continue;
            }

            if (node.Kind != YamlNodeKind.Sequence)
            {
                return new YamlResolution(null, i, $"{where} is a {Describe(node)}, not a list, so {segment} does not apply");
            }

            if (segment.Index is { } index)
            {
                if (index >= node.Items.Count)
                {
                    return new YamlResolution(null, i, $"{where} has {node.Items.Count} item(s), so index {index} is out of range");
                }

                node = node.Items[index];
                continue;
            }

            var selected = node.Items.Where(item => item.GetScalar(segment.SelectorKey!) == segment.SelectorValue).ToList();
            if (selected.Count != 1)
            {
                var why = selected.Count == 0 ? "no item" : $"{selected.Count.ToString(CultureInfo.InvariantCulture)} items";
                return new YamlResolution(null, i, $"{where} has {why} with {segment.SelectorKey}={segment.SelectorValue}");
            }

            node = selected[0];
        }

        return node is null
            ? new YamlResolution(null, locator.Segments.Count, "the document is empty")
            : new YamlResolution(node, locator.Segments.Count, null);
    }

    public static string Describe(YamlNode node) => node.Kind switch
    {
        YamlNodeKind.Mapping => "mapping",
        YamlNodeKind.Sequence => "list",
        YamlNodeKind.Alias => "alias",
        _ => "scalar",
    };
}
