using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Configuration;

public sealed class GitOptionsValidatorTests
{
    private readonly DashboardOptionsValidator _validator = new();

    [Fact]
    public void Validate_EveryGitRuleBroken_NamesEveryKey()
    {
        var options = new DashboardOptions
        {
            Git =
            {
                Token = "t",
                TokenFile = "/run/secrets/token",
                BaseUrl = "ghe.example.com",
                PollIntervalSeconds = 5,
                WebhookSecretFile = "/does/not/exist",
                Repositories = [new GitRepositoryOptions { Url = "not a url", Branch = " " }],
            },
        };

        var failures = _validator.Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:Token: set either", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:BaseUrl:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:PollIntervalSeconds: must be at least 10", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:WebhookSecretFile: file '/does/not/exist'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:Repositories:0:Url:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:Repositories:0:Branch:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SandboxWithGitHubToken_Refused()
    {
        var options = new DashboardOptions { Sandbox = true, Git = { Token = "ghp_x" } };

        Assert.Contains(_validator.Validate(null, options).Failures!, f => f.StartsWith("Dashboard:Git: the sandbox brings its own GitHub", StringComparison.Ordinal));
    }

    [Fact]
    public void ResolveToken_FromFile_TrimmedAndConvertedToGitHubOptions()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "ghp_from_file\n");
            var git = new GitOptions { TokenFile = file, BaseUrl = "https://ghe.example.com/" };

            var github = git.ToGitHubOptions();

            Assert.Equal("ghp_from_file", github.Token);
            Assert.Equal(new Uri("https://ghe.example.com/"), github.BaseUrl);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
