using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model.Commits;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Controls;

/// <summary>
/// Re-evaluated when the parent passes a new <see cref="App"/> (the parent page is live on the cluster store) and
/// when the repository store publishes a newer snapshot.
/// </summary>
public partial class AppCommits
{
    private RepositoryFeed? _repositories;
    private AppCommitsView _view = AppCommitsView.Unknown("Loading…");

    [Parameter, EditorRequired]
    public AppStatus App { get; set; } = null!;

    [Inject]
    private IClusterStore ClusterStore { get; set; } = null!;

    [Inject]
    private IRepositoryStore RepositoryStore { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override void OnInitialized()
    {
        _repositories = new RepositoryFeed(RepositoryStore);
        _repositories.Start(_ => InvokeAsync(() =>
        {
            Rebuild();
            StateHasChanged();
        }), Time);
    }

    protected override void OnParametersSet() => Rebuild();

    private void Rebuild() =>
        _view = AppCommitsModel.For(ClusterStore.Current, _repositories?.Snapshot ?? RepositoryStore.Current, App);

    public async ValueTask DisposeAsync()
    {
        if (_repositories is not null)
        {
            await _repositories.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
