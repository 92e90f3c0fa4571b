using Dashboard.Git.Editing;

namespace Dashboard.Git.Tests.Editing;

/// <summary>Every case of fixtures/gitops/cases.json: read, edit, compare byte for byte, edit back.</summary>
public sealed class YamlScalarEditorGoldenTests
{
    public static TheoryData<string> Cases => GitOpsCase.Ids();

    [Fact]
    public void Cases_FixtureFile_HasAllFiftyNineCases()
    {
        Assert.Equal(59, GitOpsCase.All.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_GoldenCase_ReturnsCurrentRawTextOnItsLine(string id)
    {
        var testCase = GitOpsCase.ById(id);
        var text = testCase.ReadText();

        var location = YamlScalarEditor.Read(text, testCase.Locator);

        Assert.Equal(testCase.Current, location.Raw);
        Assert.Equal(testCase.Line, location.Line);
        Assert.Equal(testCase.Line, 1 + text.AsSpan(0, location.Start).Count('\n'));
        Assert.Equal(testCase.Current, text.Substring(location.Start, location.Raw.Length));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Set_GoldenCase_ChangesOnlyTheValueAndEditsBackToTheOriginalBytes(string id)
    {
        var testCase = GitOpsCase.ById(id);
        var originalBytes = testCase.ReadBytes();
        var text = testCase.ReadText();
        var before = YamlScalarEditor.Read(text, testCase.Locator);
        var newValue = NewValueFor(testCase, before.Value);

        var result = YamlScalarEditor.Set(text, testCase.Locator, newValue);

        var expectedRaw = before.Raw.Length > 0 && before.Raw[0] is '"' or '\''
            ? before.Raw[0] + newValue + before.Raw[0]
            : newValue;
        var expected = string.Concat(text.AsSpan(0, before.Start), expectedRaw, text.AsSpan(before.End));
        Assert.True(result.Changed);
        Assert.Equal(GitOpsCase.Utf8.GetBytes(expected), GitOpsCase.Utf8.GetBytes(result.Text));
        AssertOnlyLineDiffers(text, result.Text, testCase.Line);

        var after = YamlScalarEditor.Read(result.Text, testCase.Locator);
        Assert.Equal(newValue, after.Value);
        Assert.Equal(testCase.Line, after.Line);

        var back = YamlScalarEditor.Set(result.Text, testCase.Locator, before.Value);
        Assert.True(back.Changed);
        Assert.Equal(originalBytes, GitOpsCase.Utf8.GetBytes(back.Text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Set_GoldenCaseToItsCurrentValue_ReportsNoChange(string id)
    {
        var testCase = GitOpsCase.ById(id);
        var text = testCase.ReadText();
        var current = YamlScalarEditor.Read(text, testCase.Locator).Value;

        var result = YamlScalarEditor.Set(text, testCase.Locator, current);

        Assert.False(result.Changed);
        Assert.Same(text, result.Text);
    }

    /// <summary>A new value of the same YAML type, so the quoting style must not change.</summary>
    private static string NewValueFor(GitOpsCase testCase, string current)
    {
        if (current is "true" or "false")
        {
            return current == "true" ? "false" : "true";
        }

        if (testCase.Locator.EndsWith(".image", StringComparison.Ordinal))
        {
            var image = ImageReference.Parse(current);
            return image.WithTag(image.Tag + "-rc.1").ToString();
        }

        if (current.StartsWith("sha256:", StringComparison.Ordinal))
        {
            return "sha256:" + new string('f', 64);
        }

        var at = current.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return current[..at] + "-rc.1@sha256:" + new string('e', 64);
        }

        return current.Length == 0 ? "1.2.3" : current + "-rc.1";
    }

    private static void AssertOnlyLineDiffers(string before, string after, int line)
    {
        var beforeLines = before.Split('\n');
        var afterLines = after.Split('\n');
        Assert.Equal(beforeLines.Length, afterLines.Length);
        for (var i = 0; i < beforeLines.Length; i++)
        {
            if (i + 1 == line)
            {
                Assert.NotEqual(beforeLines[i], afterLines[i]);
            }
            else
            {
                Assert.Equal(beforeLines[i], afterLines[i]);
            }
        }
    }
}
