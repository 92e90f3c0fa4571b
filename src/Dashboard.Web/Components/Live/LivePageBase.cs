using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Live;

/// <summary>
/// Base of every live page: subscribes on init, recomputes its view model once per batch and renders
/// once per batch. Derived pages implement <see cref="OnSnapshot"/> (pure, cheap) and markup.
/// The next batch waits until the browser acknowledged the render of the previous one (see
/// <see cref="LiveSubscription"/>): OnAfterRender runs only after that acknowledgement, so this class counts
/// the page's renders and reports the one that showed the delivered snapshot.
/// </summary>
public abstract class LivePageBase : ComponentBase, IAsyncDisposable
{
    private LiveSubscription? _live;

    // Renders queued so far (the first is queued without asking ShouldRender) and renders completed; each queued
    // render completes once, in order, so "completed ≥ the number of the render that showed the delivery" means
    // the browser applied it.
    private long _rendersQueued = 1;
    private long _rendersCompleted;
    private long _acknowledgeAtRender = 1; // the first delivery waits for the first render

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
                // The render just queued (or the one already pending, which now shows this snapshot). A renderer
                // whose display update completes at once (bUnit) has already completed it.
                _acknowledgeAtRender = _rendersQueued;
                AcknowledgeIfRendered();
            });
        }, Time, waitForRender: true);
    }

    /// <summary>Sealed so that every queued render is counted; a page that must skip renders cannot be paced.</summary>
    protected sealed override bool ShouldRender()
    {
        _rendersQueued++;
        return true;
    }

    /// <summary>Sealed so the count cannot be skipped; pages override <see cref="ComponentBase.OnAfterRenderAsync"/> instead.</summary>
    protected sealed override void OnAfterRender(bool firstRender)
    {
        _rendersCompleted++;
        AcknowledgeIfRendered();
    }

    private void AcknowledgeIfRendered()
    {
        if (_acknowledgeAtRender > 0 && _rendersCompleted >= _acknowledgeAtRender)
        {
            _acknowledgeAtRender = 0;
            _live?.RenderAcknowledged();
        }
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
