using Dashboard.Web.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Web.Hubs;

/// <summary>
/// <c>/hubs/status</c>: pushes the status to scripts and widgets. On connect a <c>snapshot</c> message (the body of
/// GET /api/status), then <c>changes</c> messages (<see cref="StatusChanges"/>), batched like the pages. Clients only
/// listen; the hub has no methods to call.
/// </summary>
[Authorize(Policy = DashboardPolicies.CanView)]
public sealed class StatusHub(StatusHubFeeds feeds) : Hub
{
    public const string SnapshotMessage = "snapshot";
    public const string ChangesMessage = "changes";

    public override Task OnConnectedAsync() => feeds.StartAsync(Context.ConnectionId, Context.ConnectionAborted);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await feeds.StopAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
