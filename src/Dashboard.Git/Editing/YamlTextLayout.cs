namespace Dashboard.Git.Editing;

/// <summary>Line arithmetic on the raw text, for inserting and removing whole lines without touching others.</summary>
internal static class YamlTextLayout
{
    public static string NewLine(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    public static int LineStart(string text, int position) => YamlScalarEditor.LineStart(text, position);

    /// <summary>Index just past the line break of the line that holds the character before <paramref name="end"/>.</summary>
    public static int LineEnd(string text, int end)
    {
        if (end > 0 && text[end - 1] == '\n')
        {
            return end;
        }

        var newline = text.IndexOf('\n', end);
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>The node's column as a count of characters from its line start (0-based).</summary>
    public static int Indent(string text, YamlNode node) => node.Start - LineStart(text, node.Start);

    /// <summary>True when only spaces precede the node on its line, i.e. it starts a block line.</summary>
    public static bool StartsLine(string text, YamlNode node)
    {
        var start = LineStart(text, node.Start);
        return text.AsSpan(start, node.Start - start).Trim(' ').IsEmpty
            || text.AsSpan(start, node.Start - start).Trim(' ').SequenceEqual("\uFEFF");
    }

    /// <summary>Inserts whole lines after the line that ends at or after <paramref name="position"/>, keeping a missing final newline missing.</summary>
    public static string InsertLinesAfter(string text, int position, IReadOnlyList<string> lines, string newLine)
    {
        var at = LineEnd(text, position);
        var block = at == text.Length && !text.EndsWith('\n')
            ? newLine + string.Join(newLine, lines)
            : string.Concat(lines.Select(l => l + newLine));
        return text.Insert(at, block);
    }

    /// <summary>The indentation step the file uses: the first nested block mapping's extra indent, else 2.</summary>
    public static int IndentStep(string text, YamlNode? root)
    {
        if (root is { Kind: YamlNodeKind.Mapping, IsFlow: false })
        {
            foreach (var (key, value) in root.Entries)
            {
                if (value is { Kind: YamlNodeKind.Mapping, IsFlow: false } && value.Entries.Count > 0)
                {
                    var step = Indent(text, value.Entries[0].Key) - Indent(text, key);
                    if (step > 0 && StartsLine(text, value.Entries[0].Key))
                    {
                        return step;
                    }
                }
            }
        }

        return 2;
    }
}
