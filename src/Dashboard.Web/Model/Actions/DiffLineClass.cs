namespace Dashboard.Web.Model.Actions;

public static class DiffLineClass
{
    public static string For(string line) => line switch
    {
        _ when line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => "diff-file",
        _ when line.StartsWith('+') => "diff-add",
        _ when line.StartsWith('-') => "diff-del",
        _ when line.StartsWith("@@", StringComparison.Ordinal) => "diff-hunk",
        _ => "diff-ctx",
    };
}
