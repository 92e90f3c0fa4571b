using Dashboard.Core.Cluster;

namespace Dashboard.Core.GitOps;

/// <summary>Where an app deploys from: a branch, and the folder of it the app's manifests live in ('' = the whole repository).</summary>
public sealed record AppDeployment(AppStatus App, RepositoryBranch Branch, string Path);
