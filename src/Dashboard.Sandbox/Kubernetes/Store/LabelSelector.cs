namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>Label selector terms: <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k</c>, <c>!k</c>, <c>k in (a,b)</c>, <c>k notin (a,b)</c>.</summary>
internal sealed class LabelSelector
{
    private readonly List<Func<StoredObject, bool>> _terms = [];

    public static LabelSelector Parse(string? text)
    {
        var selector = new LabelSelector();
        if (string.IsNullOrWhiteSpace(text))
        {
            return selector;
        }

        foreach (var raw in SplitTerms(text))
        {
            var term = raw.Trim();
            selector._terms.Add(ParseTerm(term));
        }

        return selector;
    }

    public bool Matches(StoredObject obj) => _terms.TrueForAll(t => t(obj));

    private static Func<StoredObject, bool> ParseTerm(string term)
    {
        var notIn = term.IndexOf(" notin ", StringComparison.Ordinal);
        var inIndex = term.IndexOf(" in ", StringComparison.Ordinal);
        if (notIn > 0 || inIndex > 0)
        {
            var isNot = notIn > 0;
            var key = term[..(isNot ? notIn : inIndex)].Trim();
            var values = term[(term.IndexOf('(', StringComparison.Ordinal) + 1)..term.LastIndexOf(')')]
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            return isNot
                ? o => o.Label(key) is not { } v || !values.Contains(v)
                : o => o.Label(key) is { } v && values.Contains(v);
        }

        if (term.Contains("!=", StringComparison.Ordinal))
        {
            var parts = term.Split("!=", 2, StringSplitOptions.TrimEntries);
            return o => o.Label(parts[0]) != parts[1];
        }

        if (term.Contains('=', StringComparison.Ordinal))
        {
            var parts = term.Split(term.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2, StringSplitOptions.TrimEntries);
            return o => o.Label(parts[0]) == parts[1];
        }

        return term.StartsWith('!') ? o => !o.HasLabel(term[1..].Trim()) : o => o.HasLabel(term);
    }

    private static IEnumerable<string> SplitTerms(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
