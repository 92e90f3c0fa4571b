namespace Dashboard.Kubernetes.Mapping;

/// <summary>Reduces Flux revision strings to the commit SHA the dashboard links to Git.</summary>
internal static class FluxRevision
{
    /// <summary>
    /// "main@sha1:abc" → "abc"; "sha1:abc" → "abc"; legacy "main/abc" → "abc"; anything else (a chart
    /// version, a tag without digest) is returned unchanged.
    /// </summary>
    public static string? Sha(string? revision)
    {
        if (string.IsNullOrEmpty(revision))
        {
            return null;
        }

        var at = revision.LastIndexOf('@');
        var digest = at >= 0 ? revision[(at + 1)..] : revision;
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && digest.StartsWith("sha", StringComparison.Ordinal))
        {
            return digest[(colon + 1)..];
        }

        var slash = revision.LastIndexOf('/');
        if (at < 0 && slash >= 0 && IsHex(revision.AsSpan(slash + 1)) && revision.Length - slash - 1 >= 40)
        {
            return revision[(slash + 1)..];
        }

        return revision;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
