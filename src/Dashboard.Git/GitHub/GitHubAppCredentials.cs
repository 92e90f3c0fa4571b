namespace Dashboard.Git.GitHub;

/// <summary>A GitHub App installation to act as: the app's id, the installation's id and the app's private key (PEM).</summary>
public sealed record GitHubAppCredentials(long AppId, long InstallationId, string PrivateKeyPem)
{
    public override string ToString() => $"GitHub App {AppId}, installation {InstallationId}";
}
