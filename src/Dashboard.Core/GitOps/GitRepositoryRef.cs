using System.Diagnostics.CodeAnalysis;

namespace Dashboard.Core.GitOps;

/// <summary>A hosted repository named by owner and name, parsed from the URL an app's spec gives.</summary>
public sealed record GitRepositoryRef(string Owner, string Name)
{
    public string FullName => $"{Owner}/{Name}";

    public override string ToString() => FullName;

    /// <summary>
    /// Parses <c>https://host/owner/name(.git)</c>, <c>git@host:owner/name(.git)</c> and
    /// <c>ssh://git@host(:port)/owner/name(.git)</c>. Host is ignored: which server to talk to is configuration.
    /// </summary>
    public static bool TryParse(string? url, [NotNullWhen(true)] out GitRepositoryRef? repository)
    {
        repository = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var text = url.Trim();
        string path;
        if (text.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                return false;
            }

            path = uri.AbsolutePath;
        }
        else
        {
            // scp-like ssh: git@github.com:owner/name.git
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            path = text[(colon + 1)..];
        }

        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 2)
        {
            return false;
        }

        var name = segments[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[1][..^4] : segments[1];
        if (segments[0].Length == 0 || name.Length == 0)
        {
            return false;
        }

        repository = new GitRepositoryRef(segments[0], name);
        return true;
    }

    public static GitRepositoryRef Parse(string url) =>
        TryParse(url, out var repository)
            ? repository
            : throw new FormatException($"'{url}' is not a repository URL of the form https://host/owner/name or git@host:owner/name.");
}
