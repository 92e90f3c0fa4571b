using System.Security.Cryptography;
using Dashboard.Core.GitOps;

namespace Dashboard.Web.Configuration;

/// <summary>The <c>Dashboard:Git</c> rules of <see cref="DashboardOptionsValidator"/>; every error names its key.</summary>
internal static class GitOptionsValidator
{
    public const int MinPollIntervalSeconds = 10;

    public static void Validate(GitOptions git, bool sandbox, List<string> errors)
    {
        var key = $"{DashboardOptions.SectionName}:Git";
        SecretPair(git.Token, git.TokenFile, $"{key}:Token", $"{key}:TokenFile", errors);
        SecretPair(git.WebhookSecret, git.WebhookSecretFile, $"{key}:WebhookSecret", $"{key}:WebhookSecretFile", errors);
        GitHubApp(git, key, errors);

        if (!string.IsNullOrWhiteSpace(git.BaseUrl)
            && (!Uri.TryCreate(git.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http")))
        {
            errors.Add($"{key}:BaseUrl: '{git.BaseUrl}' is not an absolute http(s) URL such as https://ghe.example.com/ (leave it empty for github.com).");
        }

        if (git.PollIntervalSeconds < MinPollIntervalSeconds)
        {
            errors.Add($"{key}:PollIntervalSeconds: must be at least {MinPollIntervalSeconds} (was {git.PollIntervalSeconds}); use the push webhook for faster updates.");
        }

        if (sandbox && (!string.IsNullOrWhiteSpace(git.BaseUrl) || !string.IsNullOrWhiteSpace(git.Token) || !string.IsNullOrWhiteSpace(git.TokenFile)
            || git.AppId is not null || git.InstallationId is not null || !string.IsNullOrWhiteSpace(git.PrivateKeyFile)))
        {
            errors.Add($"{key}: the sandbox brings its own GitHub; remove {key}:BaseUrl, {key}:Token, {key}:TokenFile and the GitHub App keys ({key}:AppId, {key}:InstallationId, {key}:PrivateKeyFile) or the --sandbox flag.");
        }

        for (var i = 0; i < git.Repositories.Count; i++)
        {
            var repository = git.Repositories[i];
            var repoKey = $"{key}:Repositories:{i}";
            if (!GitRepositoryRef.TryParse(repository.Url, out _))
            {
                errors.Add($"{repoKey}:Url: '{repository.Url}' is not a repository URL such as https://github.com/owner/name.");
            }

            if (string.IsNullOrWhiteSpace(repository.Branch))
            {
                errors.Add($"{repoKey}:Branch: must name a branch, e.g. main.");
            }
        }
    }

    /// <summary>AppId, InstallationId and PrivateKeyFile come together, never with a token.</summary>
    private static void GitHubApp(GitOptions git, string key, List<string> errors)
    {
        var keyFile = !string.IsNullOrWhiteSpace(git.PrivateKeyFile);
        if (git.AppId is null && git.InstallationId is null && !keyFile)
        {
            return;
        }

        var given = git.AppId is not null ? "AppId" : git.InstallationId is not null ? "InstallationId" : "PrivateKeyFile";
        if (git.AppId is not > 0)
        {
            errors.Add($"{key}:AppId: {(git.AppId is null ? $"required with {key}:{given}" : "must be the app's positive numeric id")} (GitHub App settings → App ID).");
        }

        if (git.InstallationId is not > 0)
        {
            errors.Add($"{key}:InstallationId: {(git.InstallationId is null ? $"required with {key}:{given}" : "must be a positive number")} (the number at the end of the installation's settings URL).");
        }

        if (!keyFile)
        {
            errors.Add($"{key}:PrivateKeyFile: required with {key}:{given}; the app's private key (.pem) as GitHub downloads it.");
        }
        else if (!File.Exists(git.PrivateKeyFile))
        {
            errors.Add($"{key}:PrivateKeyFile: file '{git.PrivateKeyFile}' does not exist.");
        }
        else
        {
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(File.ReadAllText(git.PrivateKeyFile));
            }
            catch (Exception exception) when (exception is ArgumentException or CryptographicException)
            {
                errors.Add($"{key}:PrivateKeyFile: '{git.PrivateKeyFile}' holds no RSA private key in PEM form ({exception.Message}).");
            }
        }

        if (!string.IsNullOrWhiteSpace(git.Token) || !string.IsNullOrWhiteSpace(git.TokenFile))
        {
            errors.Add($"{key}:AppId: set either a token ({key}:Token / {key}:TokenFile) or GitHub App credentials ({key}:AppId), not both.");
        }
    }

    internal static void SecretPair(string? value, string? file, string valueKey, string fileKey, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(value) && !string.IsNullOrWhiteSpace(file))
        {
            errors.Add($"{valueKey}: set either {valueKey} or {fileKey}, not both.");
        }
        else if (!string.IsNullOrWhiteSpace(file) && !File.Exists(file))
        {
            errors.Add($"{fileKey}: file '{file}' does not exist.");
        }
    }
}
