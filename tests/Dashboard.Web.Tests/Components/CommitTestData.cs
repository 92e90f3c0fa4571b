using Dashboard.Core.GitOps;
using Dashboard.Testing;

namespace Dashboard.Web.Tests.Components;

/// <summary>
/// A small history of homelab/fleet-infra@main, newest first, for the apps <c>Build.App</c> makes (path apps/&lt;name&gt;):
/// podinfo runs C3, so C2 is pending for it and C4 reached it; grafana runs C1 (the head), so C3 and C4 reached it.
/// </summary>
internal static class CommitTestData
{
    public const string C1 = "1111111111111111111111111111111111111111";
    public const string C2 = "2222222222222222222222222222222222222222";
    public const string C3 = "3333333333333333333333333333333333333333";
    public const string C4 = "4444444444444444444444444444444444444444";

    public static RepositoryBranch Main { get; } = new(new GitRepositoryRef("homelab", "fleet-infra"), "main");

    public static IReadOnlyList<CommitInfo> History { get; } =
    [
        Commit(C1, C2, 10, "grafana: bump chart to 8.5.1\n\nRenovate.", "apps/grafana/values.yaml", "apps/grafana/release.yaml", "infra/a.yaml", "infra/b.yaml", "infra/c.yaml"),
        Commit(C2, C3, 60, "podinfo: image 6.7.1", "apps/podinfo/deployment.yaml"),
        Commit(C3, C4, 120, "grafana: dashboards", "apps/grafana/dashboards.yaml"),
        Commit(C4, null, 240, "initial apps", "apps/podinfo/kustomization.yaml", "apps/grafana/kustomization.yaml"),
    ];

    public static RepositoryState State(IReadOnlyList<CommitInfo>? commits = null, RepositoryBranch? branch = null) => new()
    {
        Key = branch ?? Main,
        Url = "https://github.com/homelab/fleet-infra",
        Head = (commits ?? History).FirstOrDefault()?.Sha,
        Commits = commits ?? History,
        PolledAt = Build.Now.AddMinutes(-1),
        RateLimitRemaining = 4990,
        RateLimitLimit = 5000,
    };

    public static RepositoryState Failing(string repository) => new()
    {
        Key = new RepositoryBranch(new GitRepositoryRef("homelab", repository), "main"),
        Url = $"https://github.com/homelab/{repository}",
        PolledAt = Build.Now.AddMinutes(-2),
        Error = "GitHub answered 404 Not Found for homelab/" + repository,
        FailureKind = GitFailureKind.NotFound,
    };

    private static CommitInfo Commit(string sha, string? parent, int minutesAgo, string message, params string[] paths) =>
        new(sha, parent is null ? [] : [parent], "Jane Doe", "jane@example.com", Build.Now.AddMinutes(-minutesAgo), message, paths);
}
