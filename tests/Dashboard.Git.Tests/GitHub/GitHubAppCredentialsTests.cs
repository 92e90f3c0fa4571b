using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Dashboard.Sandbox.GitHub;
using Dashboard.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Git.Tests.GitHub;

/// <summary>GitHub App credentials against the emulator: RS256 JWT → installation token → Octokit calls, refreshed before expiry.</summary>
public sealed class GitHubAppCredentialsTests
{
    private const long AppId = 424242;
    private const long InstallationId = 777;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Create_Jwt_Rs256WithIatOneMinuteBackAndExpNineMinutesAhead()
    {
        using var key = RSA.Create(2048);

        var jwt = GitHubAppJwt.Create(AppId, key, Now);

        var parts = jwt.Split('.');
        using var header = JsonDocument.Parse(Decode(parts[0]));
        using var payload = JsonDocument.Parse(Decode(parts[1]));
        Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal(Now.AddSeconds(-60).ToUnixTimeSeconds(), payload.RootElement.GetProperty("iat").GetInt64());
        Assert.Equal(Now.AddMinutes(9).ToUnixTimeSeconds(), payload.RootElement.GetProperty("exp").GetInt64());
        Assert.Equal("424242", payload.RootElement.GetProperty("iss").GetString());
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public async Task Reader_AppCredentials_ExchangesOnceThenRefreshesBeforeExpiry()
    {
        using var key = RSA.Create(2048);
        var time = new FakeTimeProvider(Now);
        await using var world = await AppWorld.StartAsync(key, key, time);

        var head = await world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", Token);
        await world.Reader.GetRecentCommitsAsync(GitHubTestWorld.Repo, "main", 5, cancellationToken: Token);
        Assert.Equal(world.Repository.HeadOf(), head);
        Assert.Equal(1, world.Emulator.InstallationTokensIssued);
        Assert.Equal(Now.AddHours(1), world.Store.ExpiresAt);

        time.Advance(TimeSpan.FromMinutes(56));
        await world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", Token);

        Assert.Equal(2, world.Emulator.InstallationTokensIssued);
        Assert.Equal(Now.AddMinutes(56).AddHours(1), world.Store.ExpiresAt);
    }

    [Fact]
    public async Task Reader_WrongPrivateKey_UnauthorizedNamingTheApp()
    {
        using var registered = RSA.Create(2048);
        using var other = RSA.Create(2048);
        await using var world = await AppWorld.StartAsync(registered, other, new FakeTimeProvider(Now));

        var error = await Assert.ThrowsAsync<GitAccessException>(() => world.Reader.GetBranchHeadAsync(GitHubTestWorld.Repo, "main", Token));

        Assert.Equal(GitFailureKind.Unauthorized, error.Kind);
        Assert.Equal(0, world.Emulator.InstallationTokensIssued);
    }

    private static byte[] Decode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private sealed class AppWorld : IAsyncDisposable
    {
        private readonly TempDirectory _directory;

        private AppWorld(TempDirectory directory, SandboxGitRepository repository, GitHubEmulator emulator, GitHubAppCredentialStore store, GitHubRepositoryReader reader)
        {
            _directory = directory;
            Repository = repository;
            Emulator = emulator;
            Store = store;
            Reader = reader;
        }

        public SandboxGitRepository Repository { get; }

        public GitHubEmulator Emulator { get; }

        public GitHubAppCredentialStore Store { get; }

        public GitHubRepositoryReader Reader { get; }

        /// <summary>The emulator knows <paramref name="registered"/>'s public key; the client signs with <paramref name="signing"/>.</summary>
        public static async Task<AppWorld> StartAsync(RSA registered, RSA signing, FakeTimeProvider time)
        {
            var directory = new TempDirectory("dashboard-github-app");
            var repository = SandboxGitRepository.Create(Path.Combine(directory.Path, "fleet-infra.git"));
            var emulator = await GitHubEmulator.StartAsync(repository, new GitHubEmulatorOptions
            {
                TimeProvider = time,
                App = new GitHubAppRegistration(AppId, InstallationId, registered.ExportSubjectPublicKeyInfoPem()),
            }, cancellationToken: Token);
            var options = new GitHubOptions { BaseUrl = emulator.BaseAddress, ProductName = "Dashboard.Tests" };
            var store = new GitHubAppCredentialStore(new GitHubAppCredentials(AppId, InstallationId, signing.ExportPkcs8PrivateKeyPem()),
                GitHubClientFactory.ApiAddress(emulator.BaseAddress), time);
            var factory = new GitHubClientFactory(options, new RateLimitTracker(time), store);
            return new AppWorld(directory, repository, emulator, store, new GitHubRepositoryReader(factory.Create()));
        }

        public async ValueTask DisposeAsync()
        {
            Store.Dispose();
            await Emulator.DisposeAsync();
            Repository.Dispose();
            _directory.Dispose();
        }
    }
}
