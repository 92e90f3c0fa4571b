using Dashboard.Core.GitOps;
using LibGit2Sharp;

namespace Dashboard.Sandbox.GitHub;

public sealed partial class SandboxGitRepository
{
    private static readonly (string Name, string Email) Erin = ("Erin Okafor", "erin@upstream.example");
    private static readonly (string Name, string Email) Renovate = ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com");

    /// <summary>
    /// A small repository for an upstream fixture's <c>repoURL</c> (example/homelab, stefanprodan/podinfo, ...), so the
    /// sandbox serves every repository its apps name: each branch gets the same three commits that touch each path
    /// (a README, a manifest per path, a bump). Dates are fixed, so the SHAs are deterministic.
    /// </summary>
    public static SandboxGitRepository CreateUpstream(string directory, GitRepositoryRef identity, IReadOnlyCollection<string> branches, IReadOnlyCollection<string> paths)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var branchList = branches.Count == 0 ? [BranchName] : branches.Distinct(StringComparer.Ordinal).ToList();
        System.IO.Directory.CreateDirectory(directory);
        LibGit2Sharp.Repository.Init(directory, isBare: true);
        File.WriteAllText(System.IO.Path.Combine(directory, "HEAD"), $"ref: refs/heads/{branchList[0]}\n");
        var repository = new Repository(directory);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["README.md"] = $"# {identity.Name}\n\nServed by the sandbox's GitHub emulator.\n" };
        var manifests = paths.Select(p => string.IsNullOrEmpty(p) ? "kustomization.yaml" : $"{p}/kustomization.yaml").Distinct(StringComparer.Ordinal).ToList();
        var steps = new (string Message, (string Name, string Email) Author, Action Apply)[]
        {
            ("Initial commit", Erin, () => { }),
            ("Add manifests", Erin, () => manifests.ForEach(m => files[m] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n")),
            ("chore(deps): bump images", Renovate, () => manifests.ForEach(m => files[m] += "# bumped\n")),
        };

        Commit? parent = null;
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i].Apply();
            var (name, email) = steps[i].Author;
            var signature = new Signature(name, email, BaseDate.AddDays(2 + (7 * i)).AddHours(10));
            parent = repository.ObjectDatabase.CreateCommit(signature, signature, steps[i].Message + "\n", BuildTree(repository, files), parent is null ? [] : [parent], prettifyMessage: false);
        }

        foreach (var branch in branchList)
        {
            repository.Refs.Add($"refs/heads/{branch}", parent!.Id);
        }

        return new SandboxGitRepository(directory, repository, new Dictionary<string, string>(StringComparer.Ordinal), identity, branchList[0]);
    }
}
