using System.Text;
using Dashboard.Core.GitOps;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

/// <summary>
/// The sandbox's real on-disk Git repository (bare), seeded with the Flux example layout plus Argo CD apps and a
/// three-week history (<see cref="SeedHistory"/>). The GitHub emulator serves it; tests inspect it with LibGit2Sharp.
/// Every access goes through <see cref="Gate"/> because a LibGit2Sharp repository is not thread-safe.
/// </summary>
public sealed partial class SandboxGitRepository : IDisposable
{
    public const string Owner = "homelab";
    public const string Name = "fleet-infra";
    public const string CloneUrl = "https://github.com/homelab/fleet-infra.git";
    public const string BranchName = "main";

    /// <summary>Day one of the seeded history; the last seeded commit is on 2026-11-22.</summary>
    public static readonly DateTimeOffset BaseDate = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string> _seedShas;
    private int _foreignCommits;

    private SandboxGitRepository(string path, Repository repository, Dictionary<string, string> seedShas, GitRepositoryRef identity, string defaultBranch)
    {
        Path = path;
        Repository = repository;
        _seedShas = seedShas;
        Identity = identity;
        DefaultBranch = defaultBranch;
    }

    /// <summary>Owner and name the GitHub emulator serves this repository under (homelab/fleet-infra for the main one).</summary>
    public GitRepositoryRef Identity { get; }

    /// <summary>The branch a request without <c>ref</c>/<c>sha</c> reads, as GitHub's default branch.</summary>
    public string DefaultBranch { get; }

    /// <summary>Folder of the bare repository.</summary>
    public string Path { get; }

    /// <summary>Label → SHA of every seeded commit (labels in <see cref="SeedLabels"/>).</summary>
    public IReadOnlyDictionary<string, string> SeedCommits => _seedShas;

    internal Repository Repository { get; }

    internal Lock Gate { get; } = new();

    public string Sha(string label) =>
        _seedShas.TryGetValue(label, out var sha) ? sha : throw new KeyNotFoundException($"No seeded commit labelled '{label}'.");

    /// <summary>Current SHA of <paramref name="branch"/>, or null when it does not exist.</summary>
    public string? HeadOf(string branch = BranchName)
    {
        lock (Gate)
        {
            return Repository.Branches[branch]?.Tip?.Sha;
        }
    }

    /// <summary>Creates and seeds a bare repository in <paramref name="directory"/> (created; must be empty or absent).</summary>
    public static SandboxGitRepository Create(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        LibGit2Sharp.Repository.Init(directory, isBare: true);
        File.WriteAllText(System.IO.Path.Combine(directory, "HEAD"), $"ref: refs/heads/{BranchName}\n");
        var repository = new Repository(directory);
        var shas = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Commit? parent = null;
        foreach (var step in SeedHistory.Steps)
        {
            step.Apply(files);
            var tree = BuildTree(repository, files);
            var signature = new Signature(step.AuthorName, step.AuthorEmail, step.When);
            parent = repository.ObjectDatabase.CreateCommit(signature, signature, step.Message + "\n", tree, parent is null ? [] : [parent], prettifyMessage: false);
            shas[step.Label] = parent.Sha;
        }

        repository.Refs.Add($"refs/heads/{BranchName}", parent!.Id);
        return new SandboxGitRepository(directory, repository, shas, new GitRepositoryRef(Owner, Name), BranchName);
    }

    /// <summary>
    /// Advances <paramref name="branch"/> with a commit made outside the dashboard (someone pushing meanwhile).
    /// Writes <paramref name="path"/> (default: a note file) on top of the current head and returns the new SHA.
    /// </summary>
    public string CommitForeignChange(string? path = null, string? content = null, string branch = BranchName)
    {
        lock (Gate)
        {
            var number = ++_foreignCommits;
            var head = Repository.Branches[branch]?.Tip ?? throw new InvalidOperationException($"Branch '{branch}' does not exist.");
            var definition = TreeDefinition.From(head.Tree);
            var bytes = Encoding.UTF8.GetBytes(content ?? $"Pushed outside the dashboard ({number}).\n");
            definition.Add(path ?? $"notes/foreign-{number}.txt", Repository.ObjectDatabase.CreateBlob(new MemoryStream(bytes)), Mode.NonExecutableFile);
            var tree = Repository.ObjectDatabase.CreateTree(definition);
            var signature = new Signature("Dave Outside", "dave@homelab.example", BaseDate.AddDays(22).AddHours(20).AddMinutes(number));
            var commit = Repository.ObjectDatabase.CreateCommit(signature, signature, $"notes: foreign change {number}\n", tree, [head], prettifyMessage: false);
            Repository.Refs.UpdateTarget(Repository.Refs[$"refs/heads/{branch}"], commit.Id);
            return commit.Sha;
        }
    }

    public void Dispose() => Repository.Dispose();

    private static Tree BuildTree(Repository repository, IReadOnlyDictionary<string, string> files)
    {
        var definition = new TreeDefinition();
        foreach (var (path, text) in files)
        {
            var blob = repository.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(text)));
            definition.Add(path, blob, Mode.NonExecutableFile);
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }
}
