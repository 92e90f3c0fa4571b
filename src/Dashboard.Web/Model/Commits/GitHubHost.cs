using Dashboard.Core.GitOps;

namespace Dashboard.Web.Model.Commits;

/// <summary>
/// The GitHub Enterprise host the watcher reads, inferred from the branches it put in the store (a branch is there
/// only when its URL parsed with that host), so pages resolve apps the same way without knowing the configuration.
/// </summary>
public static class GitHubHost
{
    public static string? Of(RepositorySnapshot repositories)
    {
        ArgumentNullException.ThrowIfNull(repositories);
        foreach (var state in repositories.Branches.Values)
        {
            if (Uri.TryCreate(state.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
                && !uri.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) && !uri.Host.Equals("www.github.com", StringComparison.OrdinalIgnoreCase))
            {
                return uri.Host;
            }
        }

        return null;
    }
}
