using Dashboard.Core.Notifications;
using Dashboard.Web.Configuration;
using Dashboard.Web.Hosting;
using Dashboard.Web.Model;
using Dashboard.Web.Model.Notifications;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>The configured targets, the "Notify this device" button (wwwroot/js/notifications.js) and the delivery log, polled while open.</summary>
public partial class Notifications
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private const int Limit = 100;

    private static readonly Dictionary<string, object> SubscribeAttributes = new()
    {
        ["data-push-subscribe"] = "true",
        ["data-testid"] = "push-subscribe",
    };

    private readonly CancellationTokenSource _stop = new();
    private IReadOnlyList<DeliveryRow> _rows = [];
    private string? _error;
    private bool _loaded;
    private Task _polling = Task.CompletedTask;

    [Inject]
    private IDeliveryLog Log { get; set; } = null!;

    [Inject]
    private NotificationDispatcher Dispatcher { get; set; } = null!;

    [Inject]
    private NotificationOptions Options { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private ILogger<Notifications> Logger { get; set; } = null!;

    private IReadOnlyList<string> TargetNames => Dispatcher.TargetNames;
    private bool WebPushEnabled => Options.HasWebPush();
    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        _polling = PeriodicRefresh.RunAsync(RefreshInterval, Time, () => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }), _stop.Token);
    }

    private async Task LoadAsync()
    {
        try
        {
            var attempts = await Log.RecentAsync(Limit, _stop.Token);
            _rows = attempts.Select(DeliveryRow.From).ToList();
            (_error, _loaded) = (null, true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Notifications: reading the delivery log failed");
            (_error, _loaded) = ($"Could not read the delivery log: {ex.Message}", true);
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
