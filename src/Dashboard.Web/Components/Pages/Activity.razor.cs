using Dashboard.Core.Cluster;
using Dashboard.Core.History;
using Dashboard.Core.Streaming;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Activity;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// The timeline of status transitions and audited actions. It polls the database every
/// <see cref="RefreshInterval"/> while open rather than following the cluster store: audit rows never
/// pass through the store, transitions reach the database up to a second after the store, and one
/// bounded, indexed query every 2 s per open page costs less than waking on every store batch.
/// A render happens only when the rows actually changed.
/// </summary>
public partial class Activity
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    /// <summary>The kinds whose watches produce transitions: if they are not live, neither is the timeline.</summary>
    private static readonly IReadOnlyCollection<ResourceKind> Kinds =
    [
        ResourceKind.ArgoApplication, ResourceKind.FluxKustomization, ResourceKind.FluxHelmRelease,
        ResourceKind.Certificate, ResourceKind.LonghornVolume, ResourceKind.LonghornBackup,
    ];

    private readonly CancellationTokenSource _stop = new();
    private ActivityFilter _filter = new();
    private IReadOnlyList<ActivityRow> _rows = [];
    private string? _error;
    private bool _loaded;
    private Freshness _freshness = null!;
    private Task _polling = Task.CompletedTask;

    [Inject]
    private IStatusHistory History { get; set; } = null!;

    [Inject]
    private IClusterStore Store { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private ILogger<Activity> Logger { get; set; } = null!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        _freshness = Freshness.For(Store.Current, Kinds, Now);
        await LoadAsync();
        _polling = PeriodicRefresh.RunAsync(RefreshInterval, Time, () => InvokeAsync(async () =>
        {
            if (await LoadAsync())
            {
                StateHasChanged();
            }
        }), _stop.Token);
    }

    private static string TypeLabel(ActivityTypes types) => types switch
    {
        ActivityTypes.Transitions => "Status changes",
        ActivityTypes.Actions => "Actions",
        _ => "Everything",
    };

    private Task OnSearch(string? search)
    {
        _filter = _filter.WithSearch(search);
        return LoadAsync();
    }

    private Task OnTypes(ActivityTypes types)
    {
        _filter = _filter.WithTypes(types);
        return LoadAsync();
    }

    private Task LoadMoreAsync()
    {
        _filter = _filter.More();
        return LoadAsync();
    }

    /// <summary>Runs on the renderer's context; returns true when the rows changed.</summary>
    private async Task<bool> LoadAsync()
    {
        var filter = _filter;
        var freshness = Freshness.For(Store.Current, Kinds, Now);
        var freshnessChanged = freshness.Level != _freshness.Level || freshness.Text != _freshness.Text;
        _freshness = freshness;
        try
        {
            var page = await History.ListAsync(filter.ToQuery(), _stop.Token);
            if (filter != _filter)
            {
                return freshnessChanged; // the filter changed while this query ran; its own load renders
            }

            var rows = ActivityTimeline.Build(page, filter.Limit);
            var changed = !_loaded || _error is not null || !rows.SequenceEqual(_rows);
            (_rows, _error, _loaded) = (rows, null, true);
            return changed || freshnessChanged;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Activity: reading the history failed");
            var changed = _error is null || freshnessChanged;
            (_error, _loaded) = ($"Could not read the activity history: {ex.Message}", true);
            return changed;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
