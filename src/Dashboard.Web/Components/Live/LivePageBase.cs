using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Live;

/// <summary>
/// Base of every live page: subscribes on init, recomputes its view model once per batch and renders
/// once per batch. Derived pages implement <see cref="OnSnapshot"/> (pure, cheap) and markup.
/// </summary>
public abstract class LivePageBase : ComponentBase, IAsyncDisposable
{
    private LiveSubscription? _live;

    [Inject]
    protected IClusterStore Store { get; set; } = null!;

    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    protected ClusterSnapshot Snapshot => _live?.Snapshot ?? ClusterSnapshot.Empty;

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected override void OnInitialized()
    {
        _live = new LiveSubscription(Store);
        OnSnapshot(_live.Snapshot);
        _live.Start(async snapshot =>
        {
            await InvokeAsync(() =>
            {
                OnSnapshot(snapshot);
                StateHasChanged();
            });
        }, Time);
    }

    /// <summary>Rebuild the page's rows from a new snapshot. Runs on the renderer's thread.</summary>
    protected abstract void OnSnapshot(ClusterSnapshot snapshot);

    public async ValueTask DisposeAsync()
    {
        if (_live is not null)
        {
            await _live.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
