namespace Dashboard.Web.Configuration;

public sealed class ClusterOptions
{
    /// <summary>Shown on every page; defaults to the context name.</summary>
    public string? Name { get; set; }

    /// <summary>kubeconfig context; empty for the file's current context.</summary>
    public string? Context { get; set; }

    /// <summary>kubeconfig file; empty for <c>KUBECONFIG</c> or <c>~/.kube/config</c>.</summary>
    public string? KubeconfigPath { get; set; }

    /// <summary>Use the pod's service account instead of a kubeconfig.</summary>
    public bool InCluster { get; set; }
}
