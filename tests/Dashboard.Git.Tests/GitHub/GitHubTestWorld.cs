using Dashboard.Core.GitOps;
using Dashboard.Git.GitHub;
using Dashboard.Sandbox.GitHub;
using Dashboard.Testing;
using Octokit;

namespace Dashboard.Git.Tests.GitHub;

/// <summary>A seeded on-disk repository served by the GitHub emulator over real HTTP, plus our Octokit client against it.</summary>
internal sealed class GitHubTestWorld : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private GitHubTestWorld(TempDirectory directory, SandboxGitRepository repository, GitHubEmulator emulator, GitHubClientFactory factory)
    {
        _directory = directory;
        Repository = repository;
        Emulator = emulator;
        Factory = factory;
        Client = factory.Create();
        Reader = new GitHubRepositoryReader(Client);
        Writer = new GitHubCommitWriter(Client);
    }

    public static GitRepositoryRef Repo { get; } = GitRepositoryRef.Parse(SandboxGitRepository.CloneUrl);

    public SandboxGitRepository Repository { get; }

    public GitHubEmulator Emulator { get; }

    public GitHubClientFactory Factory { get; }

    public IGitHubClient Client { get; }

    public GitHubRepositoryReader Reader { get; }

    public GitHubCommitWriter Writer { get; }

    public RateLimitTracker RateLimits => Factory.RateLimits;

    public static async Task<GitHubTestWorld> StartAsync(TimeProvider? clientTime = null, GitHubEmulatorOptions? emulatorOptions = null, string? token = null)
    {
        var directory = new TempDirectory("dashboard-github");
        var repository = SandboxGitRepository.Create(Path.Combine(directory.Path, "fleet-infra.git"));
        var emulator = await GitHubEmulator.StartAsync(repository, emulatorOptions, cancellationToken: TestContext.Current.CancellationToken);
        var options = new GitHubOptions { BaseUrl = emulator.BaseAddress, Token = token ?? emulator.Token, ProductName = "Dashboard.Tests" };
        var factory = new GitHubClientFactory(options, new RateLimitTracker(clientTime ?? TimeProvider.System));
        return new GitHubTestWorld(directory, repository, emulator, factory);
    }

    public string Head => Repository.HeadOf()!;

    /// <summary>A fresh LibGit2Sharp view of the on-disk repository (the emulator's own handle is busy serving).</summary>
    public T Inspect<T>(Func<LibGit2Sharp.Repository, T> inspect)
    {
        using var repository = new LibGit2Sharp.Repository(Repository.Path);
        return inspect(repository);
    }

    public CommitPlan Plan(string message, params FileEdit[] edits) =>
        new(Repo, SandboxGitRepository.BranchName, Head, message, "alice@homelab.example", edits);

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Repository.Dispose();
        _directory.Dispose();
    }
}
