using Dashboard.Git.Editing;

namespace Dashboard.Git.Tests.Editing;

/// <summary>Hand-made golden files (Editing/Golden) for quoting changes, flow style, anchors and multi-document files, in LF, CRLF and with a BOM.</summary>
public sealed class YamlScalarEditorHandMadeGoldenTests
{
    public static TheoryData<string, string> Variants => new()
    {
        { "quoting", "lf" }, { "quoting", "crlf" }, { "quoting", "bom" },
        { "multidoc", "lf" }, { "multidoc", "crlf" }, { "multidoc", "bom" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Set_HandMadeGolden_ProducesTheExpectedFile(string name, string variant)
    {
        var input = Load($"{name}.input.yaml", variant);
        var expected = Load($"{name}.expected.yaml", variant);

        var text = input;
        foreach (var (locator, document, value) in Edits(name))
        {
            var result = YamlScalarEditor.Set(text, locator, value, document);
            Assert.True(result.Changed, locator);
            Assert.Equal(value, YamlScalarEditor.Read(result.Text, locator, document).Value);
            text = result.Text;
        }

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Set_PlainStringBecomesNumberLike_QuotesAndReadsBackAsString()
    {
        var result = YamlScalarEditor.Set("tag: 1.9.7\n", "tag", "1.10");

        Assert.Equal("tag: \"1.10\"\n", result.Text);
    }

    [Fact]
    public void Set_PlainBooleanToBoolean_StaysPlain()
    {
        var result = YamlScalarEditor.Set("spec:\n  suspend: true # paused\n", "spec.suspend", "false");

        Assert.Equal("spec:\n  suspend: false # paused\n", result.Text);
    }

    [Fact]
    public void Set_EmptyValue_WritesAfterTheColonWithASpace()
    {
        var result = YamlScalarEditor.Set("image:\n  tag:\n  pullPolicy: Always\n", "image.tag", "v1");

        Assert.Equal("image:\n  tag: v1\n  pullPolicy: Always\n", result.Text);
    }

    [Fact]
    public void Set_ValueWithNewline_SwitchesSingleQuotedToDoubleQuoted()
    {
        var result = YamlScalarEditor.Set("a: 'x'\n", "a", "line1\nline2");

        Assert.Equal("a: \"line1\\nline2\"\n", result.Text);
    }

    [Fact]
    public void Set_ListIndexAndSelector_EditTheRightItemOnly()
    {
        const string yaml = "containers:\n- name: a\n  image: app:1\n- name: b\n  image: app:1\n";

        var byIndex = YamlScalarEditor.Set(yaml, "containers[1].image", "app:2");
        var bySelector = YamlScalarEditor.Set(yaml, "containers[name=b].image", "app:2");

        Assert.Equal("containers:\n- name: a\n  image: app:1\n- name: b\n  image: app:2\n", byIndex.Text);
        Assert.Equal(byIndex.Text, bySelector.Text);
    }

    [Fact]
    public void Set_QuotedKeyWithDots_EditsTheAnnotation()
    {
        const string yaml = "metadata:\n  annotations:\n    app.kubernetes.io/version: \"1.0\"\n";

        var result = YamlScalarEditor.Set(yaml, "metadata.annotations[\"app.kubernetes.io/version\"]", "1.1");

        Assert.Equal("metadata:\n  annotations:\n    app.kubernetes.io/version: \"1.1\"\n", result.Text);
    }

    private static IEnumerable<(string Locator, YamlDocumentSelector? Document, string Value)> Edits(string name) => name switch
    {
        "quoting" =>
        [
            ("spec.values.image.tag", null, "1.10"),
            ("spec.values.sidecar.tag", null, "@sha256:0123"),
            ("spec.values.legacy.mode", null, "yes"),
            ("spec.values.single", null, "o'neil"),
            ("spec.values.double", null, "say \"hi\"\\"),
            ("spec.values.flow.tag", null, "v1.26,rc"),
            ("spec.values.list[1]", null, "b]"),
        ],
        "multidoc" =>
        [
            ("spec.ref.semver", null, "6.6.0"),
            ("spec.chart.spec.version", YamlDocumentSelector.ByKind("HelmRelease", "other"), "1.1.0"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Load(string file, string variant)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Editing", "Golden", file));
        return variant switch
        {
            "crlf" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            "bom" => "\uFEFF" + text,
            _ => text,
        };
    }
}
