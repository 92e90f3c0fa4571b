using Dashboard.Core.Actions;
using Dashboard.Sandbox.GitHub;
using LibGit2Sharp;

namespace Dashboard.Bench.Harness;

/// <summary>Reads the sandbox repository's branch directly (a fresh handle each time), to count what an action committed.</summary>
public static class BranchHistory
{
    /// <summary>Commits on the branch whose message carries the audit id's trailer (an action's commits; 2 would be a duplicate).</summary>
    public static int CommitsFor(BenchWorld world, long auditId)
    {
        using var repository = new Repository(world.World.GitRepository.Path);
        return repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = repository.Branches[SandboxGitRepository.BranchName] })
            .Count(c => CommitMessages.HasAuditId(c.Message, auditId));
    }

    /// <summary>Commits on the branch since <paramref name="since"/> whose message starts with <paramref name="prefix"/>.</summary>
    public static int CommitsSince(BenchWorld world, string since, string prefix)
    {
        using var repository = new Repository(world.World.GitRepository.Path);
        return repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = repository.Branches[SandboxGitRepository.BranchName], ExcludeReachableFrom = since })
            .Count(c => c.Message.StartsWith(prefix, StringComparison.Ordinal));
    }
}
