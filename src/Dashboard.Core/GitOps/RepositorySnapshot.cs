using System.Collections.Immutable;

namespace Dashboard.Core.GitOps;

/// <summary>Every watched branch and every source that is not read, at one version.</summary>
public sealed record RepositorySnapshot(
    long Version,
    ImmutableDictionary<RepositoryBranch, RepositoryState> Branches,
    ImmutableArray<IgnoredSource> Ignored)
{
    public static RepositorySnapshot Empty { get; } = new(0, ImmutableDictionary<RepositoryBranch, RepositoryState>.Empty, []);

    public RepositoryState? Find(RepositoryBranch key) => Branches.GetValueOrDefault(key);
}
