using System.Globalization;
using System.Text;

namespace Dashboard.Git.Editing;

/// <summary>
/// A readable path to one node: <c>spec.chart.spec.version</c>, <c>spec.containers[0].image</c>,
/// <c>containers[name=app].image</c>, <c>metadata.annotations["app.kubernetes.io/name"]</c>.
/// A leading <c>[doc N]</c> names the 0-based document (see <see cref="Document"/>).
/// </summary>
public sealed class YamlLocator
{
    private YamlLocator(IReadOnlyList<YamlPathSegment> segments, int? document)
    {
        Segments = segments;
        Document = document;
    }

    public IReadOnlyList<YamlPathSegment> Segments { get; }

    /// <summary>The document index given with a <c>[doc N]</c> prefix, if any.</summary>
    public int? Document { get; }

    public static YamlLocator FromSegments(IEnumerable<YamlPathSegment> segments) => new([.. segments], null);

    public YamlLocator Append(YamlPathSegment segment) => new([.. Segments, segment], Document);

    public YamlLocator Take(int count) => new([.. Segments.Take(count)], Document);

    public static YamlLocator Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        int? document = null;
        var trimmed = text.Trim();
        if (trimmed.StartsWith("[doc ", StringComparison.Ordinal))
        {
            var close = trimmed.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(trimmed[5..close], NumberStyles.None, CultureInfo.InvariantCulture, out var docIndex))
            {
                throw Invalid(text, "the [doc N] prefix needs a number");
            }

            document = docIndex;
            position = close + 1;
            while (position < trimmed.Length && trimmed[position] == ' ')
            {
                position++;
            }
        }

        var segments = new List<YamlPathSegment>();
        var expectSegment = true;
        while (position < trimmed.Length)
        {
            var c = trimmed[position];
            if (c == '[')
            {
                segments.Add(ParseBracket(trimmed, ref position, text));
                expectSegment = false;
            }
            else if (c == '.')
            {
                if (expectSegment)
                {
                    throw Invalid(text, $"empty key at position {position + 1}");
                }

                position++;
                expectSegment = true;
            }
            else
            {
                if (!expectSegment)
                {
                    throw Invalid(text, $"expected '.' or '[' at position {position + 1}");
                }

                var start = position;
                while (position < trimmed.Length && trimmed[position] is not ('.' or '['))
                {
                    position++;
                }

                segments.Add(YamlPathSegment.ForKey(trimmed[start..position]));
                expectSegment = false;
            }
        }

        if (segments.Count == 0 || (expectSegment && trimmed.EndsWith('.')))
        {
            throw Invalid(text, "it names no key");
        }

        return new YamlLocator(segments, document);
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in Segments)
        {
            var part = segment.ToString();
            if (builder.Length > 0 && !part.StartsWith('['))
            {
                builder.Append('.');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static YamlPathSegment ParseBracket(string text, ref int position, string original)
    {
        position++; // '['
        if (position < text.Length && text[position] is '"' or '\'')
        {
            var key = ReadQuoted(text, ref position, original);
            Expect(text, ref position, ']', original);
            return YamlPathSegment.ForKey(key);
        }

        var start = position;
        while (position < text.Length && text[position] is not ('=' or ']'))
        {
            position++;
        }

        if (position >= text.Length)
        {
            throw Invalid(original, "unclosed '['");
        }

        var head = text[start..position].Trim();
        if (text[position] == ']')
        {
            position++;
            if (!int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw Invalid(original, $"'[{head}]' is neither an index nor a key=value selector");
            }

            return YamlPathSegment.ForIndex(index);
        }

        position++; // '='
        string value;
        if (position < text.Length && text[position] is '"' or '\'')
        {
            value = ReadQuoted(text, ref position, original);
        }
        else
        {
            var valueStart = position;
            while (position < text.Length && text[position] != ']')
            {
                position++;
            }

            value = text[valueStart..position].Trim();
        }

        Expect(text, ref position, ']', original);
        if (head.Length == 0)
        {
            throw Invalid(original, "a selector needs a key before '='");
        }

        return YamlPathSegment.ForSelector(head, value);
    }

    private static string ReadQuoted(string text, ref int position, string original)
    {
        var quote = text[position++];
        var builder = new StringBuilder();
        while (position < text.Length && text[position] != quote)
        {
            if (text[position] == '\\' && quote == '"' && position + 1 < text.Length)
            {
                position++;
            }

            builder.Append(text[position++]);
        }

        if (position >= text.Length)
        {
            throw Invalid(original, "unclosed quote");
        }

        position++;
        return builder.ToString();
    }

    private static void Expect(string text, ref int position, char expected, string original)
    {
        if (position >= text.Length || text[position] != expected)
        {
            throw Invalid(original, $"expected '{expected}' at position {position + 1}");
        }

        position++;
    }

    private static YamlEditException Invalid(string locator, string why) =>
        new(YamlEditErrorKind.InvalidLocator, $"Invalid locator '{locator}': {why}.");
}
