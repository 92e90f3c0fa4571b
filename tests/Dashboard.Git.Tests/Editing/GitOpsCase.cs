using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Testing;

namespace Dashboard.Git.Tests.Editing;

/// <summary>One entry of fixtures/gitops/cases.json.</summary>
public sealed record GitOpsCase(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("locator")] string Locator,
    [property: JsonPropertyName("current")] string Current,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("note")] string? Note)
{
    private static readonly Lazy<IReadOnlyList<GitOpsCase>> AllCases = new(Load);

    public static IReadOnlyList<GitOpsCase> All => AllCases.Value;

    /// <summary>Case ids for theories: "index: file | locator" so failures name the case.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        for (var i = 0; i < All.Count; i++)
        {
            data.Add(IdOf(i));
        }

        return data;
    }

    public static string IdOf(int index) => $"{index:D2}: {All[index].File} | {All[index].Locator}";

    public static GitOpsCase ById(string id) => All[int.Parse(id[..id.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)];

    public byte[] ReadBytes() => System.IO.File.ReadAllBytes(Fixtures.GitOps(File));

    /// <summary>The file as a string; a BOM, if any, stays in the text as U+FEFF so bytes round-trip.</summary>
    public string ReadText() => Utf8.GetString(ReadBytes());

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static List<GitOpsCase> Load()
    {
        var json = System.IO.File.ReadAllText(Fixtures.GitOps("cases.json"));
        return JsonSerializer.Deserialize<List<GitOpsCase>>(json) ?? throw new InvalidDataException("cases.json is empty");
    }
}
