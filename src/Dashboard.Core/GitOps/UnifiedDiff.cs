using System.Globalization;
using System.Text;

namespace Dashboard.Core.GitOps;

/// <summary>
/// Unified diffs as git writes them (3 lines of context, "\ No newline at end of file"), for previewing an
/// action before it is confirmed. The output applies with <c>git apply</c>.
/// </summary>
public static class UnifiedDiff
{
    public const int DefaultContext = 3;

    /// <summary>The diff of one file: <c>--- a/path</c>, <c>+++ b/path</c> and its hunks; empty when the texts are equal.</summary>
    public static string Create(string path, string oldText, string newText, int context = DefaultContext)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText == newText)
        {
            return "";
        }

        var builder = new StringBuilder();
        builder.Append("--- a/").Append(path).Append('\n');
        builder.Append("+++ b/").Append(path).Append('\n');
        AppendHunks(builder, oldText, newText, context);
        return builder.ToString();
    }

    /// <summary>A git-style multi-file diff; added files come from <c>/dev/null</c>, deleted ones go to it. Unchanged files are left out.</summary>
    public static string Create(IEnumerable<DiffFile> files, int context = DefaultContext)
    {
        ArgumentNullException.ThrowIfNull(files);
        var builder = new StringBuilder();
        foreach (var file in files)
        {
            if (file.OldText == file.NewText)
            {
                continue;
            }

            builder.Append("diff --git a/").Append(file.Path).Append(" b/").Append(file.Path).Append('\n');
            if (file.OldText is null)
            {
                builder.Append("new file mode 100644\n");
            }
            else if (file.NewText is null)
            {
                builder.Append("deleted file mode 100644\n");
            }

            if (file.OldText is not null && file.NewText is not null || (file.OldText ?? file.NewText)!.Length > 0)
            {
                builder.Append(file.OldText is null ? "--- /dev/null" : "--- a/" + file.Path).Append('\n');
                builder.Append(file.NewText is null ? "+++ /dev/null" : "+++ b/" + file.Path).Append('\n');
                AppendHunks(builder, file.OldText ?? "", file.NewText ?? "", context);
            }
        }

        return builder.ToString();
    }

    private static void AppendHunks(StringBuilder builder, string oldText, string newText, int context)
    {
        var oldLines = DiffLine.Split(oldText);
        var newLines = DiffLine.Split(newText);
        var matcher = DiffLineMatcher.Match(oldLines, newLines);
        var script = Script(matcher, oldLines.Length, newLines.Length);
        var changes = Enumerable.Range(0, script.Count).Where(i => script[i].Kind != ' ').ToList();
        var c = 0;
        while (c < changes.Count)
        {
            var first = changes[c];
            var last = first;
            while (c + 1 < changes.Count && changes[c + 1] - last <= (2 * context) + 1)
            {
                last = changes[++c];
            }

            c++;
            var from = Math.Max(0, first - context);
            var to = Math.Min(script.Count - 1, last + context);
            AppendHunk(builder, script, from, to, oldLines, newLines);
        }
    }

    /// <summary>The edit script: ' ' keeps, '-' deletes, '+' inserts; within a change deletions come first, as in git.</summary>
    private static List<(char Kind, int OldIndex, int NewIndex)> Script(DiffLineMatcher matcher, int oldCount, int newCount)
    {
        var script = new List<(char, int, int)>(oldCount + newCount);
        int i = 0, j = 0;
        while (i < oldCount || j < newCount)
        {
            if (i < oldCount && matcher.Deleted[i])
            {
                script.Add(('-', i++, j));
            }
            else if (j < newCount && matcher.Inserted[j])
            {
                script.Add(('+', i, j++));
            }
            else
            {
                script.Add((' ', i++, j++));
            }
        }

        return script;
    }

    private static void AppendHunk(
        StringBuilder builder, List<(char Kind, int OldIndex, int NewIndex)> script, int from, int to, DiffLine[] oldLines, DiffLine[] newLines)
    {
        var oldCount = 0;
        var newCount = 0;
        for (var k = from; k <= to; k++)
        {
            oldCount += script[k].Kind != '+' ? 1 : 0;
            newCount += script[k].Kind != '-' ? 1 : 0;
        }

        // An empty side names the line before the hunk (0 at the top), as GNU diff and git do.
        var oldStart = oldCount == 0 ? script[from].OldIndex : script[from].OldIndex + 1;
        var newStart = newCount == 0 ? script[from].NewIndex : script[from].NewIndex + 1;
        builder.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var k = from; k <= to; k++)
        {
            var (kind, oldIndex, newIndex) = script[k];
            var line = kind == '+' ? newLines[newIndex] : oldLines[oldIndex];
            builder.Append(kind).Append(line.Text).Append('\n');
            if (!line.HasNewline)
            {
                builder.Append("\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int start, int count) =>
        count == 1
            ? start.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{start},{count}");
}
