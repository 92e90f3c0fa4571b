namespace Dashboard.Core.GitOps;

/// <summary>An extra repository from configuration (shown even when no app deploys from it).</summary>
public sealed record ConfiguredRepository(string Url, string Branch = "main", bool PullRequestMode = false);
