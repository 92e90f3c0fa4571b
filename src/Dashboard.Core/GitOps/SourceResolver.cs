using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.GitOps;

/// <summary>
/// Reads the Git side of cluster objects: which repository and branch an app follows (Argo source, or the Flux
/// GitRepository its sourceRef names) and which source URLs are not readable Git branches, with the reason.
/// </summary>
public static partial class SourceResolver
{
    /// <summary>Every app of <paramref name="cluster"/> that deploys from a readable GitHub branch.</summary>
    public static IReadOnlyList<AppDeployment> Deployments(ClusterSnapshot cluster, string? gitHubHost = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.Apps.Select(a => Resolve(cluster, a, gitHubHost)).OfType<AppDeployment>().ToList();
    }

    /// <summary>The branch and path <paramref name="app"/> deploys from, or null (a Helm repository, a tag, another host, unknown source).</summary>
    public static AppDeployment? Resolve(ClusterSnapshot cluster, AppStatus app, string? gitHubHost = null) =>
        TryResolve(cluster, app, gitHubHost, out var deployment, out _, out _) ? deployment : null;

    /// <summary>Like <see cref="Resolve"/>, with the URL and the reason when the app's source is not a readable branch (reason null: no Git source at all).</summary>
    public static bool TryResolve(
        ClusterSnapshot cluster, AppStatus app, string? gitHubHost,
        [NotNullWhen(true)] out AppDeployment? deployment, out string? url, out string? reason)
    {
        deployment = null;
        url = null;
        reason = null;
        var source = app.Source;
        if (source is null)
        {
            return false;
        }

        string? branch;
        string path;
        if (app.Controller == Controller.ArgoCD)
        {
            url = source.RepoUrl;
            if (source.Chart is not null)
            {
                reason = "a Helm chart repository, not a Git repository";
                return false;
            }

            branch = BranchOf(source.TargetRevision, out reason);
            path = source.Path;
        }
        else
        {
            var gitSource = FindGitSource(cluster, app.Key, source.SourceRef);
            if (gitSource is null)
            {
                return false;
            }

            url = gitSource.Url;
            branch = gitSource.Branch;
            reason = branch is null ? "follows a tag or commit, not a branch" : null;
            // A HelmRelease whose chart comes from a GitRepository names the chart folder as its chart.
            path = app.Key.Kind == ResourceKind.FluxHelmRelease ? source.Chart ?? string.Empty : source.Path;
        }

        if (branch is null)
        {
            return false;
        }

        if (!TryParseGitHub(url, gitHubHost, out var repository, out reason))
        {
            return false;
        }

        deployment = new AppDeployment(app, new RepositoryBranch(repository, branch), NormalizePath(path));
        return true;
    }

    /// <summary>The Flux GitRepository named by a sourceRef like "GitRepository/flux-system/flux-system", in the app's cluster.</summary>
    public static GitSourceStatus? FindGitSource(ClusterSnapshot cluster, ResourceKey owner, string? sourceRef)
    {
        var parts = sourceRef?.Split('/');
        if (parts is not ["GitRepository", var ns, var name])
        {
            return null;
        }

        return cluster.Items.GetValueOrDefault(new ResourceKey(owner.Cluster, ResourceKind.FluxGitRepository, ns, name)) as GitSourceStatus;
    }

    /// <summary>A GitHub repository URL (github.com, or <paramref name="gitHubHost"/> for Enterprise); otherwise false with the reason.</summary>
    public static bool TryParseGitHub(string? url, string? gitHubHost, [NotNullWhen(true)] out GitRepositoryRef? repository, out string? reason)
    {
        repository = null;
        var host = HostOf(url);
        if (host is null)
        {
            reason = "not a repository URL";
            return false;
        }

        var known = host.Equals("github.com", StringComparison.OrdinalIgnoreCase) || host.Equals("www.github.com", StringComparison.OrdinalIgnoreCase)
            || (!string.IsNullOrEmpty(gitHubHost) && host.Equals(gitHubHost, StringComparison.OrdinalIgnoreCase));
        if (!known)
        {
            reason = $"not a GitHub repository (host {host}); only GitHub{(string.IsNullOrEmpty(gitHubHost) ? string.Empty : " and " + gitHubHost)} are read";
            return false;
        }

        if (!GitRepositoryRef.TryParse(url, out repository))
        {
            reason = "not of the form https://host/owner/name";
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>"./apps/production/" → "apps/production"; "." and "" → "".</summary>
    public static string NormalizePath(string? path)
    {
        var segments = (path ?? string.Empty).Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".");
        return string.Join('/', segments);
    }

    /// <summary>The branch a revision spec names, or null with the reason when it is a tag, a SHA or the remote default.</summary>
    public static string? BranchOf(string? targetRevision, out string? reason)
    {
        var revision = targetRevision?.Trim() ?? string.Empty;
        reason = revision switch
        {
            "" or "HEAD" => "follows the default branch (HEAD); name the branch in targetRevision to see its commits",
            _ when Sha().IsMatch(revision) => "pinned to a commit, not a branch",
            _ when Tag().IsMatch(revision) => "follows a tag or version, not a branch",
            _ => null,
        };
        return reason is null ? (revision.StartsWith("refs/heads/", StringComparison.Ordinal) ? revision[11..] : revision) : null;
    }

    private static string? HostOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (text.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;
        }

        // scp-like ssh: git@github.com:owner/name.git
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return colon > 0 ? text[(at + 1)..colon] : null;
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex Sha();

    [GeneratedRegex(@"^(refs/tags/|v?\d+(\.\d+)*([.\-+].*)?$)")]
    private static partial Regex Tag();
}
