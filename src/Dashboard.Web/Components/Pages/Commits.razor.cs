using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Commits;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// Live from two stores: the cluster (which apps run what) and the repositories (the commits). Each is read in
/// batches at the page's pace, as <see cref="Live.LivePageBase"/> does for the cluster alone.
/// </summary>
public partial class Commits
{
    private static readonly IReadOnlyCollection<ResourceKind> Kinds =
        [ResourceKind.ArgoApplication, ResourceKind.FluxKustomization, ResourceKind.FluxHelmRelease, ResourceKind.FluxGitRepository];

    private LiveSubscription? _cluster;
    private RepositoryFeed? _repositories;
    private IReadOnlyList<BranchSection> _sections = [];
    private Freshness _freshness = null!;

    [Inject]
    private IClusterStore ClusterStore { get; set; } = null!;

    [Inject]
    private IRepositoryStore RepositoryStore { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override void OnInitialized()
    {
        _cluster = new LiveSubscription(ClusterStore);
        _repositories = new RepositoryFeed(RepositoryStore);
        Rebuild();
        _cluster.Start(_ => InvokeAsync(RebuildAndRender), Time);
        _repositories.Start(_ => InvokeAsync(RebuildAndRender), Time);
    }

    private void RebuildAndRender()
    {
        Rebuild();
        StateHasChanged();
    }

    private void Rebuild()
    {
        var cluster = _cluster?.Snapshot ?? ClusterSnapshot.Empty;
        _sections = CommitsPageModel.Sections(cluster, _repositories?.Snapshot ?? RepositorySnapshot.Empty);
        _freshness = Freshness.For(cluster, Kinds, Now);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (_repositories is not null)
        {
            await _repositories.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
