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

        if (!string.IsNullOrWhiteSpace(git.BaseUrl)
            && (!Uri.TryCreate(git.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http")))
        {
            errors.Add($"{key}:BaseUrl: '{git.BaseUrl}' is not an absolute http(s) URL such as https://ghe.example.com/ (leave it empty for github.com).");
        }

        if (git.PollIntervalSeconds < MinPollIntervalSeconds)
        {
            errors.Add($"{key}:PollIntervalSeconds: must be at least {MinPollIntervalSeconds} (was {git.PollIntervalSeconds}); use the push webhook for faster updates.");
        }

        if (sandbox && (!string.IsNullOrWhiteSpace(git.BaseUrl) || !string.IsNullOrWhiteSpace(git.Token) || !string.IsNullOrWhiteSpace(git.TokenFile)))
        {
            errors.Add($"{key}: the sandbox brings its own GitHub; remove {key}:BaseUrl, {key}:Token and {key}:TokenFile or the --sandbox flag.");
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

    private static void SecretPair(string? value, string? file, string valueKey, string fileKey, List<string> errors)
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
