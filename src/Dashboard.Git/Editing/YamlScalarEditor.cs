namespace Dashboard.Git.Editing;

/// <summary>
/// Reads and changes one scalar in a YAML file by splicing the text at the parser's marks. Every character
/// outside the value (comments, order, indentation, line endings, BOM) stays as it was.
/// </summary>
public static class YamlScalarEditor
{
    public static YamlScalarLocation Read(string text, string locator, YamlDocumentSelector? document = null) =>
        Read(text, YamlLocator.Parse(locator), document);

    public static YamlScalarLocation Read(string text, YamlLocator locator, YamlDocumentSelector? document = null)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var documents = YamlTreeReader.Read(text);
        var (model, node) = YamlDocumentPicker.Resolve(documents, locator, document);
        return Locate(text, model, node, locator);
    }

    public static YamlEditResult Set(string text, string locator, string newValue, YamlDocumentSelector? document = null) =>
        Set(text, YamlLocator.Parse(locator), newValue, document);

    /// <summary>Sets the scalar at <paramref name="locator"/> to <paramref name="newValue"/> and checks that the result reads back.</summary>
    public static YamlEditResult Set(string text, YamlLocator locator, string newValue, YamlDocumentSelector? document = null)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(newValue);
        var documents = YamlTreeReader.Read(text);
        var (model, node) = YamlDocumentPicker.Resolve(documents, locator, document);
        var location = Locate(text, model, node, locator);
        if (location.Value == newValue)
        {
            return YamlEditResult.Unchanged(text);
        }

        var rendered = YamlScalarFormatter.Render(node, newValue);
        if (location.Raw.Length == 0 && location.Start > 0 && text[location.Start - 1] == ':')
        {
            // "key:" with no value: the parser's empty scalar sits right after the colon.
            rendered = " " + rendered;
        }

        var edited = string.Concat(text.AsSpan(0, location.Start), rendered, text.AsSpan(location.End));
        Verify(edited, documents.Count, model.Index, locator, newValue);
        return new YamlEditResult(edited, true);
    }

    internal static YamlScalarLocation Locate(string text, YamlDocumentModel model, YamlNode node, YamlLocator locator)
    {
        if (node.Kind == YamlNodeKind.Alias)
        {
            throw new YamlEditException(
                YamlEditErrorKind.ValueIsAlias,
                $"'{locator}' in {model.Describe()} is an alias (*{node.Value}) at line {node.Line}; edit the anchored value (&{node.Value}) instead.");
        }

        if (node.Kind != YamlNodeKind.Scalar)
        {
            throw new YamlEditException(
                YamlEditErrorKind.NotAScalar,
                $"'{locator}' in {model.Describe()} is a {YamlNavigator.Describe(node)} at line {node.Line}, not a single value.");
        }

        var start = ValueStart(text, node);
        var line = start == node.Start ? node.Line : node.Line + CountLineBreaks(text, node.Start, start);
        var column = start - LineStart(text, start) + 1;
        return new YamlScalarLocation(
            model.Index, locator.ToString(), node.Value, text[start..node.End], node.Style, start, line, column);
    }

    internal static void Verify(string edited, int documentCount, int documentIndex, YamlLocator locator, string expected)
    {
        IReadOnlyList<YamlDocumentModel> after;
        try
        {
            after = YamlTreeReader.Read(edited);
        }
        catch (YamlEditException ex)
        {
            throw new YamlEditException(YamlEditErrorKind.VerificationFailed, $"The edit would break the file: {ex.Message}");
        }

        var check = after.Count == documentCount ? YamlNavigator.Resolve(after[documentIndex].Root, locator) : null;
        if (check?.Node is not { Kind: YamlNodeKind.Scalar } scalar || scalar.Value != expected)
        {
            throw new YamlEditException(
                YamlEditErrorKind.VerificationFailed,
                $"After the edit '{locator}' would not read back as '{expected}'; nothing was changed.");
        }
    }

    /// <summary>Skips an anchor (&amp;a) or tag (!!str) the parser includes in the scalar's span.</summary>
    private static int ValueStart(string text, YamlNode node)
    {
        var position = node.Start;
        if (node.Anchor is null && node.Tag is null)
        {
            return position;
        }

        while (position < node.End && text[position] is '&' or '!')
        {
            while (position < node.End && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            while (position < node.End && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        return position;
    }

    private static int CountLineBreaks(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    internal static int LineStart(string text, int position)
    {
        var index = position <= 0 ? -1 : text.LastIndexOf('\n', position - 1);
        return index + 1;
    }
}
