namespace Dashboard.Sandbox.GitHub;

/// <summary>Every endpoint under <c>repos/{owner}/{name}/</c> for one served repository.</summary>
internal sealed class RepositoryEndpointSet
{
    private readonly GitRefEndpoints _refs;
    private readonly GitObjectEndpoints _objects;
    private readonly RepositoryEndpoints _history;
    private readonly ContentsEndpoints _contents;

    public RepositoryEndpointSet(SandboxGitRepository repository, GitHubFaults faults, TimeProvider timeProvider)
    {
        Repository = repository;
        _refs = new GitRefEndpoints(repository, faults);
        _objects = new GitObjectEndpoints(repository, timeProvider);
        _history = new RepositoryEndpoints(repository);
        _contents = new ContentsEndpoints(repository);
        Pulls = new PullRequestEndpoints(repository, timeProvider);
    }

    public SandboxGitRepository Repository { get; }

    public PullRequestEndpoints Pulls { get; }

    /// <summary>Answers under the repository's lock, because a LibGit2Sharp repository is not thread-safe.</summary>
    public GitHubApiResult Handle(GitHubApiRequest request)
    {
        lock (Repository.Gate)
        {
            return _refs.Handle(request) ?? _objects.Handle(request) ?? _history.Handle(request)
                ?? _contents.Handle(request) ?? Pulls.Handle(request) ?? GitHubApiResult.NotFound();
        }
    }
}
