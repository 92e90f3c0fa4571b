using YamlDotNet.Core;

namespace Dashboard.Git.Editing;

/// <summary>Where a scalar sits in the text and what it says.</summary>
/// <param name="Value">The scalar's value after unquoting and unescaping.</param>
/// <param name="Raw">The scalar exactly as written (quotes kept, anchor and trailing comment left out).</param>
/// <param name="Start">Index of <paramref name="Raw"/>'s first character in the text.</param>
/// <param name="Line">1-based line of the scalar.</param>
/// <param name="Column">1-based column of the scalar.</param>
public sealed record YamlScalarLocation(
    int DocumentIndex,
    string Locator,
    string Value,
    string Raw,
    ScalarStyle Style,
    int Start,
    int Line,
    int Column)
{
    public int End => Start + Raw.Length;
}
