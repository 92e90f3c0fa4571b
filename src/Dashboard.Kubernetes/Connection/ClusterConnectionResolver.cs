using Dashboard.Core.Cluster;
using k8s;
using k8s.Exceptions;

namespace Dashboard.Kubernetes.Connection;

/// <summary>
/// Turns configured clusters into connections. With nothing configured: in-cluster service account
/// when in a pod, else the current context of KUBECONFIG / ~/.kube/config, else a clear error.
/// </summary>
public static class ClusterConnectionResolver
{
    public static IReadOnlyList<ClusterConnection> Resolve(IReadOnlyList<ClusterConnectionSettings> configured)
    {
        if (configured.Count == 0)
        {
            return [ResolveDefault()];
        }

        return configured.Select((settings, index) => ResolveOne(settings, index)).ToList();
    }

    public static ClusterConnection FromKubeconfig(string path, string? context, string? name, ConnectionKind kind = ConnectionKind.Kubeconfig)
    {
        try
        {
            var config = KubeconfigLoader.Load(path, context);
            var contextName = context ?? config.CurrentContext;
            return new ClusterConnection(new ClusterConnectionInfo(name ?? contextName ?? "default", kind, config.Host, contextName), config);
        }
        catch (KubeConfigException ex)
        {
            throw new NoClusterConfiguredException($"The kubeconfig '{path}' could not be used{(context is null ? "" : $" with context '{context}'")}: {ex.Message}. {NoClusterConfiguredException.Advice}", ex);
        }
    }

    private static ClusterConnection ResolveDefault()
    {
        if (KubernetesClientConfiguration.IsInCluster())
        {
            return InCluster(name: null);
        }

        var path = DefaultKubeconfigPath();
        if (path is null)
        {
            throw new NoClusterConfiguredException(
                "No Kubernetes cluster is configured: not running in a pod (KUBERNETES_SERVICE_HOST is not set), " +
                "KUBECONFIG is not set and ~/.kube/config does not exist. " + NoClusterConfiguredException.Advice);
        }

        return FromKubeconfig(path, context: null, name: null);
    }

    private static ClusterConnection ResolveOne(ClusterConnectionSettings settings, int index)
    {
        if (settings.InCluster)
        {
            return InCluster(settings.Name);
        }

        var path = settings.KubeconfigPath ?? DefaultKubeconfigPath()
            ?? throw new NoClusterConfiguredException(
                $"Dashboard:Kubernetes:Clusters:{index} names no KubeconfigPath, KUBECONFIG is not set and ~/.kube/config does not exist. " +
                NoClusterConfiguredException.Advice);
        return FromKubeconfig(path, settings.Context, settings.Name);
    }

    private static ClusterConnection InCluster(string? name)
    {
        try
        {
            var config = KubernetesClientConfiguration.InClusterConfig();
            return new ClusterConnection(new ClusterConnectionInfo(name ?? "in-cluster", ConnectionKind.InCluster, config.Host, null), config);
        }
        catch (KubeConfigException ex)
        {
            throw new NoClusterConfiguredException($"The in-cluster service account could not be used: {ex.Message}. {NoClusterConfiguredException.Advice}", ex);
        }
    }

    private static string? DefaultKubeconfigPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KUBECONFIG");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            // KUBECONFIG may list several files; the first existing one holds the current context in practice.
            return fromEnvironment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(File.Exists);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var path = Path.Combine(home, ".kube", "config");
        return File.Exists(path) ? path : null;
    }
}
