using System.Text.RegularExpressions;

namespace Dashboard.Git.Editing;

/// <summary>
/// Plain-scalar rules. Resolution is deliberately the union of YAML 1.1 and 1.2 (yes/no/on/off count as
/// booleans) because Go's yaml.v2, used by parts of Helm, still reads them that way.
/// </summary>
internal static partial class YamlPlainScalars
{
    public static YamlPlainType Resolve(string value)
    {
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return YamlPlainType.Null;
        }

        if (BoolPattern().IsMatch(value))
        {
            return YamlPlainType.Bool;
        }

        if (IntPattern().IsMatch(value))
        {
            return YamlPlainType.Int;
        }

        return FloatPattern().IsMatch(value) ? YamlPlainType.Float : YamlPlainType.String;
    }

    /// <summary>True when <paramref name="value"/> can be written unquoted and reads back as the same text.</summary>
    public static bool CanWritePlain(string value, bool inFlowContext)
    {
        if (value.Length == 0 || value != value.Trim(' ', '\t'))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
        {
            // "-", "?" and ":" may start a plain scalar when followed by a non-space; keep it simple and safe.
            if (value[0] is not ('-' or '?' or ':') || value.Length == 1 || value[1] == ' ')
            {
                return false;
            }
        }

        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) || c == '\uFEFF' || (inFlowContext && c is ',' or '[' or ']' or '{' or '}'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^([-+]?(0|[1-9][0-9_]*)|[-+]?0[0-7_]+|0o[0-7]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
