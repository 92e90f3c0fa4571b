using Dashboard.Core.GitOps;

namespace Dashboard.Sandbox.Seeding;

/// <summary>A repository an upstream fixture names, with the branches and paths its apps follow (the first, main, is the default branch).</summary>
public sealed record UpstreamRepository(GitRepositoryRef Identity, List<string> Branches, List<string> Paths);
