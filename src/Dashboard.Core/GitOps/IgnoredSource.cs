namespace Dashboard.Core.GitOps;

/// <summary>A source URL the dashboard does not read, and why (a Helm repository, another Git host, a tag).</summary>
public sealed record IgnoredSource(string Url, string Reason, string UsedBy);
