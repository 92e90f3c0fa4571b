using Dashboard.Git.Editing;

namespace Dashboard.Git.Tests.Editing;

public sealed class YamlScalarEditorErrorTests
{
    private const string TwoReleases = """
        kind: HelmRelease
        metadata:
          name: a
        spec:
          chart:
            spec:
              version: 1.0.0
        ---
        kind: HelmRelease
        metadata:
          name: b
        spec:
          chart:
            spec:
              version: 2.0.0
        """;

    [Fact]
    public void Set_LocatorMissing_NamesTheDeepestMatchedPart()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set("spec:\n  chart:\n    name: x\n", "spec.chart.spec.version", "1"));

        Assert.Equal(YamlEditErrorKind.LocatorNotFound, error.Kind);
        Assert.Contains("'spec.chart' matched", error.Message, StringComparison.Ordinal);
        Assert.Contains("no key 'spec'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_IndexOutOfRange_SaysHowManyItems()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set("list:\n- a\n", "list[3]", "b"));

        Assert.Equal(YamlEditErrorKind.LocatorNotFound, error.Kind);
        Assert.Contains("1 item(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_LocatorInSeveralDocuments_IsAmbiguous()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set(TwoReleases, "spec.chart.spec.version", "3.0.0"));

        Assert.Equal(YamlEditErrorKind.AmbiguousDocument, error.Kind);
        Assert.Contains("HelmRelease/a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_DocumentByKindAndName_EditsThatDocument()
    {
        var result = YamlScalarEditor.Set(TwoReleases, "spec.chart.spec.version", "3.0.0", YamlDocumentSelector.ByKind("HelmRelease", "b"));

        Assert.Equal(TwoReleases.Replace("2.0.0", "3.0.0", StringComparison.Ordinal), result.Text);
    }

    [Fact]
    public void Set_DocumentByIndexPrefix_EditsThatDocument()
    {
        var result = YamlScalarEditor.Set(TwoReleases, "[doc 0] spec.chart.spec.version", "3.0.0");

        Assert.Equal(TwoReleases.Replace("1.0.0", "3.0.0", StringComparison.Ordinal), result.Text);
    }

    [Fact]
    public void Set_DocumentKindMatchesTwice_IsAmbiguous()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set(TwoReleases, "spec.chart.spec.version", "3.0.0", YamlDocumentSelector.ByKind("HelmRelease")));

        Assert.Equal(YamlEditErrorKind.AmbiguousDocument, error.Kind);
    }

    [Fact]
    public void Set_DocumentIndexBeyondTheFile_IsDocumentNotFound()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set(TwoReleases, "kind", "X", YamlDocumentSelector.At(5)));

        Assert.Equal(YamlEditErrorKind.DocumentNotFound, error.Kind);
    }

    [Fact]
    public void Set_ValueIsAMapping_IsNotAScalar()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set(TwoReleases, "[doc 0] spec.chart", "x"));

        Assert.Equal(YamlEditErrorKind.NotAScalar, error.Kind);
        Assert.Contains("mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_ValueIsASequence_IsNotAScalar()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set("args: [a, b]\n", "args", "x"));

        Assert.Equal(YamlEditErrorKind.NotAScalar, error.Kind);
    }

    [Fact]
    public void Set_ValueIsAnAlias_NamesTheAnchor()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set("a: &v 1.0\nb: *v\n", "b", "2.0"));

        Assert.Equal(YamlEditErrorKind.ValueIsAlias, error.Kind);
        Assert.Contains("&v", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_InvalidYaml_ReportsLineAndColumn()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set("a: 1\nb: [unclosed\nc: 2\n", "a", "2"));

        Assert.Equal(YamlEditErrorKind.InvalidYaml, error.Kind);
        Assert.Matches(@"line \d+, column \d+", error.Message);
    }

    [Fact]
    public void Set_BlockScalar_IsRefusedClearly()
    {
        var error = Assert.Throws<YamlEditException>(() => YamlScalarEditor.Set("a: |\n  text\n", "a", "other"));

        Assert.Equal(YamlEditErrorKind.UnsupportedLayout, error.Kind);
    }

    [Theory]
    [InlineData("spec..x")]
    [InlineData("spec[x")]
    [InlineData("spec[abc]")]
    [InlineData("")]
    public void Parse_MalformedLocator_IsInvalidLocator(string locator)
    {
        var error = Assert.Throws<YamlEditException>(() => YamlLocator.Parse(locator));

        Assert.Equal(YamlEditErrorKind.InvalidLocator, error.Kind);
    }

    [Fact]
    public void Parse_LocatorWithEveryForm_RoundTripsToString()
    {
        var locator = YamlLocator.Parse("[doc 2] spec.containers[name=app].ports[0][\"a.b\"]");

        Assert.Equal(2, locator.Document);
        Assert.Equal("spec.containers[name=app].ports[0][\"a.b\"]", locator.ToString());
        Assert.Equal(6, locator.Segments.Count);
    }
}
