namespace Dashboard.Git.Planning;

/// <summary>Bounds of the search for an app's defining manifest.</summary>
public sealed class SourceResolverOptions
{
    /// <summary>The branch assumed when an Argo app follows <c>HEAD</c> (or gives no targetRevision).</summary>
    public string DefaultBranch { get; set; } = "main";

    /// <summary>At most this many YAML files are read per search, across all folders.</summary>
    public int MaxFilesScanned { get; set; } = 200;

    /// <summary>Files larger than this are not read (generated CRD bundles).</summary>
    public int MaxFileBytes { get; set; } = 512 * 1024;
}
