using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Core.Actions;

/// <summary>Tells where an app lives in Git. Failures are <see cref="ActionException"/>s that say what is missing.</summary>
public interface IAppSourceResolver
{
    /// <summary>The repository, branch and folder the app deploys from (Argo source; Flux GitRepository url + ref.branch and path).</summary>
    Task<AppLocation> ResolveAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The file that defines the app, found by scanning a bounded set of folders of the repositories we know.</summary>
    Task<AppDefinition> FindDefinitionAsync(AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default);
}
