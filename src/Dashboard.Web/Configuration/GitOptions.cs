using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;

namespace Dashboard.Web.Configuration;

/// <summary>
/// <c>Dashboard:Git</c>: how to reach GitHub, how often to poll, the push-webhook secret and extra repositories.
/// Secrets may come from files (<c>TokenFile</c>, <c>WebhookSecretFile</c>, e.g. under /run/secrets). In sandbox
/// mode the base URL and token come from the sandbox's GitHub emulator, never from here.
/// </summary>
public sealed class GitOptions
{
    /// <summary>A GitHub token (fine-grained: contents read, plus write for actions). Prefer <see cref="TokenFile"/>.</summary>
    public string? Token { get; set; }

    public string? TokenFile { get; set; }

    /// <summary>GitHub Enterprise server root, e.g. https://ghe.example.com/; empty for github.com.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>GitHub App id (numeric). With <see cref="InstallationId"/> and <see cref="PrivateKeyFile"/>, the app's installation token replaces <see cref="Token"/>.</summary>
    public long? AppId { get; set; }

    /// <summary>The app's installation on the account that owns the repositories.</summary>
    public long? InstallationId { get; set; }

    /// <summary>The app's private key (PEM, as GitHub downloads it), e.g. /run/secrets/github-app.pem.</summary>
    public string? PrivateKeyFile { get; set; }

    public int PollIntervalSeconds { get; set; } = 60;

    /// <summary>Secret of the push webhook (<c>POST /api/webhooks/github</c>); without one the endpoint answers 404.</summary>
    public string? WebhookSecret { get; set; }

    public string? WebhookSecretFile { get; set; }

    /// <summary>After an action's commit, set the controller's reconcile-now annotation (needs 'patch' on Applications / Flux objects). Off by default.</summary>
    public bool ReconcileNow { get; set; }

    public List<GitRepositoryOptions> Repositories { get; set; } = [];

    /// <summary>The token from <see cref="Token"/> or the first line of <see cref="TokenFile"/>; null when neither is set.</summary>
    public string? ResolveToken() => Secret(Token, TokenFile);

    public string? ResolveWebhookSecret() => Secret(WebhookSecret, WebhookSecretFile);

    /// <summary>The Octokit settings for production (the sandbox builds its own from the emulator).</summary>
    public GitHubOptions ToGitHubOptions() => new()
    {
        BaseUrl = string.IsNullOrWhiteSpace(BaseUrl) ? null : new Uri(BaseUrl, UriKind.Absolute),
        Token = ResolveToken(),
        App = AppId is { } appId && InstallationId is { } installationId && !string.IsNullOrWhiteSpace(PrivateKeyFile)
            ? new GitHubAppCredentials(appId, installationId, File.ReadAllText(PrivateKeyFile))
            : null,
    };

    public IReadOnlyList<ConfiguredRepository> ToConfiguredRepositories() =>
        Repositories.Select(r => new ConfiguredRepository(r.Url.Trim(), r.Branch.Trim(), r.PullRequestMode)).ToList();

    internal static string? Secret(string? value, string? file)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        return string.IsNullOrWhiteSpace(file) || !File.Exists(file) ? null : File.ReadAllText(file).Trim();
    }
}
