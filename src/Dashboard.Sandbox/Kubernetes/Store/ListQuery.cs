namespace Dashboard.Sandbox.Kubernetes.Store;

/// <summary>The LIST parameters of the API (<c>?resourceVersion=&amp;resourceVersionMatch=&amp;limit=&amp;continue=&amp;labelSelector=&amp;fieldSelector=</c>).</summary>
public sealed record ListQuery(
    string? ResourceVersion = null,
    string? ResourceVersionMatch = null,
    int Limit = 0,
    string? Continue = null,
    string? LabelSelector = null,
    string? FieldSelector = null);
