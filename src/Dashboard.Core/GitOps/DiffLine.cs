namespace Dashboard.Core.GitOps;

/// <summary>A line of text without its '\n'; the last line of a file may lack one. A '\r' stays part of the text, as in git.</summary>
internal readonly record struct DiffLine(string Text, bool HasNewline)
{
    public static DiffLine[] Split(string text)
    {
        var lines = new List<DiffLine>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                lines.Add(new DiffLine(text[start..], false));
                break;
            }

            lines.Add(new DiffLine(text[start..newline], true));
            start = newline + 1;
        }

        return [.. lines];
    }
}
