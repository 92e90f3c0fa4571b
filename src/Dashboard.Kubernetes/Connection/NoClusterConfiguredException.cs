using Dashboard.Core;

namespace Dashboard.Kubernetes.Connection;

/// <summary>Start-up cannot find or reach a cluster; the message says which keys to set and suggests --sandbox.</summary>
public sealed class NoClusterConfiguredException(string message, Exception? inner = null) : StartupException(message, inner)
{
    public const string Advice =
        "Set Dashboard:Kubernetes:Clusters:0:KubeconfigPath (and :Context) to a kubeconfig, set KUBECONFIG, " +
        "run inside the cluster with a service account (Dashboard:Kubernetes:Clusters:0:InCluster=true), " +
        "or start with --sandbox (Dashboard:Sandbox=true) to try the dashboard on the embedded emulators.";
}
