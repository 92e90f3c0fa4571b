using Dashboard.Core.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Every mapper, one per <see cref="ResourceKind"/>, for the watchers to pick from.</summary>
public static class ResourceMappers
{
    public static IReadOnlyList<IResourceMapper> All { get; } =
    [
        new ArgoApplicationMapper(),
        new ArgoApplicationSetMapper(),
        new FluxKustomizationMapper(),
        new FluxHelmReleaseMapper(),
        new FluxGitRepositoryMapper(),
        new CertificateMapper(),
        new LonghornVolumeMapper(),
        new LonghornBackupMapper(),
        new LonghornReplicaMapper(),
        new LonghornRecurringJobMapper(),
        new EventMapper(),
        new NamespaceMapper(),
        new IngressMapper(),
    ];

    /// <summary>The mapper for a watched kind; every watched kind has one (a test checks this).</summary>
    public static IResourceMapper For(ResourceKind kind) => All.First(m => m.Kind == kind);

    /// <summary>Registers every mapper as an <see cref="IResourceMapper"/> singleton (they are stateless).</summary>
    public static IServiceCollection AddResourceMappers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var mapper in All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IResourceMapper), mapper));
        }

        return services;
    }
}
