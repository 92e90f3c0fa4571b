using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace Dashboard.Git.Editing;

/// <summary>Writes a new scalar value in the style of the one it replaces, quoting only when the value needs it.</summary>
internal static class YamlScalarFormatter
{
    public static string Render(YamlNode original, string newValue)
    {
        switch (original.Style)
        {
            case ScalarStyle.Plain:
                return CanStayPlain(original, newValue) ? newValue : DoubleQuoted(newValue);
            case ScalarStyle.SingleQuoted:
                return CanBeSingleQuoted(newValue) ? SingleQuoted(newValue) : DoubleQuoted(newValue);
            case ScalarStyle.DoubleQuoted:
                return DoubleQuoted(newValue);
            default:
                throw new YamlEditException(
                    YamlEditErrorKind.UnsupportedLayout,
                    $"The value at line {original.Line} is a block scalar ({original.Style}); only single-line values are edited.");
        }
    }

    /// <summary>
    /// A plain value stays plain only if it is valid plain text and keeps its type: a string tag like
    /// 1.9.7 must not become the float 1.10, while suspend: true may become false.
    /// </summary>
    private static bool CanStayPlain(YamlNode original, string newValue)
    {
        if (!YamlPlainScalars.CanWritePlain(newValue, original.InFlowContext))
        {
            return false;
        }

        if (original.Tag is not null)
        {
            return true;
        }

        var before = YamlPlainScalars.Resolve(original.Value);
        var after = YamlPlainScalars.Resolve(newValue);
        return before is YamlPlainType.String or YamlPlainType.Null ? after == YamlPlainType.String : after == before;
    }

    private static bool CanBeSingleQuoted(string value) =>
        value.All(c => !char.IsControl(c) && c != '\uFEFF');

    private static string SingleQuoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u00A0': builder.Append("\\_"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
