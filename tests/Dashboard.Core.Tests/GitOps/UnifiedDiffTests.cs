using System.Text;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Tests.GitOps;

public sealed class UnifiedDiffTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("unified-diff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<int, int, bool> GeneratedPairs => new()
    {
        { 1, 20, true }, { 2, 60, true }, { 3, 200, false }, { 4, 500, true }, { 5, 3000, true }, { 6, 40, false }, { 7, 1000, false },
    };

    [Theory]
    [MemberData(nameof(GeneratedPairs))]
    public async Task Create_GeneratedPair_MatchesGitDiffHunks(int seed, int lines, bool trailingNewline)
    {
        var (oldText, newText) = Generate(seed, lines, trailingNewline);

        var ours = UnifiedDiff.Create("file.txt", oldText, newText);

        Assert.Equal(await GitHunksAsync(oldText, newText), Hunks(ours));
        Assert.StartsWith("--- a/file.txt\n+++ b/file.txt\n@@ ", ours, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "a\nb\n")]
    [InlineData("a\nb\n", "")]
    [InlineData("a\nb", "a\nb\n")]
    [InlineData("a\nb\n", "a\nc")]
    [InlineData("a", "b")]
    [InlineData("x\r\ny\r\n", "x\r\nz\r\n")]
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n", "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\n11\n12\nY\n14\n15\n")]
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "1\nX\n3\n4\n5\n6\n7\n8\n9\nY\n")]
    public async Task Create_EdgeCase_MatchesGitDiffHunks(string oldText, string newText)
    {
        var ours = UnifiedDiff.Create("f", oldText, newText);

        Assert.Equal(await GitHunksAsync(oldText, newText), Hunks(ours));
    }

    [Theory]
    [InlineData(21, 30)]
    [InlineData(22, 300)]
    [InlineData(23, 2000)]
    public async Task Create_RepetitiveLines_AppliesWithGitAndIsNoLongerThanGits(int seed, int lines)
    {
        var random = new Random(seed);
        var oldText = string.Concat(Enumerable.Range(0, lines).Select(_ => "abcd"[random.Next(4)] + "\n"));
        var newText = string.Concat(Enumerable.Range(0, lines).Select(_ => "abce"[random.Next(4)] + "\n"));

        var ours = UnifiedDiff.Create("old.txt", oldText, newText);

        await AssertAppliesAsync(oldText, newText, ours);
        var gits = await GitHunksAsync(oldText, newText);
        Assert.True(ChangedLineCount(Hunks(ours)) <= ChangedLineCount(gits));
    }

    [Fact]
    public async Task Create_FiveThousandLinesAllDifferent_ReplacesEverything()
    {
        var oldText = string.Concat(Enumerable.Range(0, 5000).Select(i => $"old {i}\n"));
        var newText = string.Concat(Enumerable.Range(0, 5000).Select(i => $"new {i}\n"));

        var ours = UnifiedDiff.Create("old.txt", oldText, newText);

        Assert.Contains("@@ -1,5000 +1,5000 @@\n", ours, StringComparison.Ordinal);
        await AssertAppliesAsync(oldText, newText, ours);
    }

    [Fact]
    public void Create_IdenticalTexts_IsEmpty()
    {
        Assert.Equal("", UnifiedDiff.Create("f", "a\nb\n", "a\nb\n"));
        Assert.Equal("", UnifiedDiff.Create([new DiffFile("f", "a", "a"), new DiffFile("g", null, null)]));
    }

    [Fact]
    public void Create_OneChangedValue_ShowsExactlyThatLineWithThreeLinesOfContext()
    {
        const string before = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\nh: 8\n";

        var diff = UnifiedDiff.Create("x.yaml", before, before.Replace("e: 5", "e: 6", StringComparison.Ordinal));

        Assert.Equal("--- a/x.yaml\n+++ b/x.yaml\n@@ -2,7 +2,7 @@\n b: 2\n c: 3\n d: 4\n-e: 5\n+e: 6\n f: 6\n g: 7\n h: 8\n", diff);
    }

    [Fact]
    public void Create_EmptyOldText_StartsAtLineZero()
    {
        Assert.Equal("--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create("f", "", "a\nb\n"));
    }

    [Fact]
    public void Create_MissingFinalNewline_IsMarked()
    {
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n",
            UnifiedDiff.Create("f", "a", "a\n"));
    }

    [Fact]
    public async Task Create_SeveralFiles_AppliesWithGitApply()
    {
        var repository = Path.Combine(_directory, "repo");
        Directory.CreateDirectory(Path.Combine(repository, "apps"));
        var (bigOld, bigNew) = Generate(11, 400, trailingNewline: true);
        var files = new[]
        {
            new DiffFile("apps/changed.yaml", "spec:\n  version: 1.0.0\n  interval: 10m", "spec:\n  version: 1.1.0\n  interval: 10m"),
            new DiffFile("apps/added.yaml", null, "kind: Namespace\n"),
            new DiffFile("apps/deleted.yaml", "kind: ConfigMap\ndata: {}\n", null),
            new DiffFile("apps/same.yaml", "x: 1\n", "x: 1\n"),
            new DiffFile("big.txt", bigOld, bigNew),
        };
        foreach (var file in files.Where(f => f.OldText is not null))
        {
            await File.WriteAllTextAsync(Path.Combine(repository, file.Path), file.OldText, TestContext.Current.CancellationToken);
        }

        var patch = UnifiedDiff.Create(files);
        var patchPath = Path.Combine(_directory, "change.patch");
        await File.WriteAllTextAsync(patchPath, patch, TestContext.Current.CancellationToken);
        var (exitCode, output) = await GitCli.RunAsync(repository, TestContext.Current.CancellationToken, "apply", "--whitespace=nowarn", patchPath);

        Assert.True(exitCode == 0, output + "\n" + patch);
        Assert.Contains("--- /dev/null\n+++ b/apps/added.yaml\n", patch, StringComparison.Ordinal);
        Assert.Contains("--- a/apps/deleted.yaml\n+++ /dev/null\n", patch, StringComparison.Ordinal);
        Assert.DoesNotContain("same.yaml", patch, StringComparison.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(repository, file.Path);
            if (file.NewText is null)
            {
                Assert.False(File.Exists(path), file.Path);
            }
            else
            {
                Assert.Equal(file.NewText, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
            }
        }
    }

    private async Task AssertAppliesAsync(string oldText, string newText, string patch)
    {
        var repository = Directory.CreateDirectory(Path.Combine(_directory, "apply-" + Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(repository, "old.txt"), oldText, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(repository, "p.patch"), patch, TestContext.Current.CancellationToken);

        var (exitCode, output) = await GitCli.RunAsync(repository, TestContext.Current.CancellationToken, "apply", "p.patch");

        Assert.True(exitCode == 0, output);
        Assert.Equal(newText, await File.ReadAllTextAsync(Path.Combine(repository, "old.txt"), TestContext.Current.CancellationToken));
    }

    private static int ChangedLineCount(string hunks) =>
        hunks.Split('\n').Count(l => l.Length > 0 && l[0] is '+' or '-');

    /// <summary>Unique lines with random deletions, insertions and replacements, so the shortest diff is unambiguous.</summary>
    private static (string Old, string New) Generate(int seed, int lines, bool trailingNewline)
    {
        var random = new Random(seed);
        var old = Enumerable.Range(0, lines).Select(i => $"line {i} {random.Next(1000)}").ToList();
        var updated = new List<string>();
        var added = 0;
        foreach (var line in old)
        {
            var roll = random.Next(100);
            if (roll < 5)
            {
                continue; // delete
            }

            if (roll < 10)
            {
                updated.Add($"replaced {added++}");
                continue;
            }

            if (roll < 14)
            {
                updated.Add($"inserted {added++}");
            }

            updated.Add(line);
        }

        var end = trailingNewline ? "\n" : "";
        return (string.Join('\n', old) + end, string.Join('\n', updated) + end);
    }

    private async Task<string> GitHunksAsync(string oldText, string newText)
    {
        var oldPath = Path.Combine(_directory, "old.txt");
        var newPath = Path.Combine(_directory, "new.txt");
        await File.WriteAllTextAsync(oldPath, oldText, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(newPath, newText, TestContext.Current.CancellationToken);
        var (exitCode, output) = await GitCli.RunAsync(
            _directory, TestContext.Current.CancellationToken, "diff", "--no-index", "--no-color", "--no-ext-diff", "-U3", "old.txt", "new.txt");
        Assert.True(exitCode is 0 or 1, output);
        return Hunks(output);
    }

    /// <summary>The hunks only, without file headers and without git's function-name text after "@@".</summary>
    private static string Hunks(string diff)
    {
        var builder = new StringBuilder();
        var inHunks = false;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                inHunks = true;
                builder.Append(line[..(line.IndexOf(" @@", 3, StringComparison.Ordinal) + 3)]).Append('\n');
            }
            else if (inHunks)
            {
                builder.Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }
}
