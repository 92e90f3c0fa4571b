using Dashboard.Core.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Kubernetes.Watching;

public static class WatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the cluster store (as <see cref="IClusterStore"/> and <see cref="IClusterStoreWriter"/>)
    /// and the hosted service that watches every kind with a registered <see cref="Mapping.IResourceMapper"/>.
    /// Expects <see cref="Connection.ClusterConnectionRegistry"/> to be registered by the host.
    /// </summary>
    public static IServiceCollection AddClusterWatching(this IServiceCollection services, Action<WatchOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<WatchOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKubernetesResourceClientFactory, KubernetesResourceClientFactory>();
        services.TryAddSingleton<ClusterStore>();
        services.TryAddSingleton<IClusterStore>(sp => sp.GetRequiredService<ClusterStore>());
        services.TryAddSingleton<IClusterStoreWriter>(sp => sp.GetRequiredService<ClusterStore>());
        services.AddHostedService<ClusterWatchService>();
        return services;
    }
}
