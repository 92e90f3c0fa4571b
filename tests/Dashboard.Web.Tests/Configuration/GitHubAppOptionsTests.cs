using System.Security.Cryptography;
using Dashboard.Testing;
using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Configuration;

/// <summary>Dashboard:Git:AppId / InstallationId / PrivateKeyFile: validated together, named by key, and turned into Octokit's app credentials.</summary>
public sealed class GitHubAppOptionsTests
{
    private readonly DashboardOptionsValidator _validator = new();

    [Fact]
    public void Validate_AppIdAlone_NamesTheMissingKeys()
    {
        var failures = _validator.Validate(null, new DashboardOptions { Git = { AppId = 42 } }).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:InstallationId: required with Dashboard:Git:AppId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Dashboard:Git:PrivateKeyFile: required with Dashboard:Git:AppId", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.StartsWith("Dashboard:Git:AppId:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TokenAndApp_Refused()
    {
        using var directory = new TempDirectory("dashboard-app-key");
        var options = new DashboardOptions { Git = { Token = "ghp_x", AppId = 42, InstallationId = 7, PrivateKeyFile = WriteKey(directory) } };

        var failures = _validator.Validate(null, options).Failures!.ToList();

        Assert.Equal(["Dashboard:Git:AppId: set either a token (Dashboard:Git:Token / Dashboard:Git:TokenFile) or GitHub App credentials (Dashboard:Git:AppId), not both."], failures);
    }

    [Fact]
    public void Validate_KeyFileNotPem_NamesTheFile()
    {
        using var directory = new TempDirectory("dashboard-app-key");
        var file = directory.File("key.pem");
        File.WriteAllText(file, "not a key");

        var failures = _validator.Validate(null, new DashboardOptions { Git = { AppId = 42, InstallationId = 7, PrivateKeyFile = file } }).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith($"Dashboard:Git:PrivateKeyFile: '{file}' holds no RSA private key", StringComparison.Ordinal));
    }

    [Fact]
    public void ToGitHubOptions_CompleteApp_CarriesTheCredentialsAndValidates()
    {
        using var directory = new TempDirectory("dashboard-app-key");
        var git = new GitOptions { AppId = 42, InstallationId = 7, PrivateKeyFile = WriteKey(directory) };

        var app = git.ToGitHubOptions().App;

        Assert.True(_validator.Validate(null, new DashboardOptions { Git = git }).Succeeded);
        Assert.Equal((42L, 7L), (app!.AppId, app.InstallationId));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", app.PrivateKeyPem, StringComparison.Ordinal);
    }

    private static string WriteKey(TempDirectory directory)
    {
        using var rsa = RSA.Create(2048);
        var file = directory.File("app.pem");
        File.WriteAllText(file, rsa.ExportPkcs8PrivateKeyPem());
        return file;
    }
}
