using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Actions;

/// <summary>Runs <see cref="PendingActionSettler"/> once at start, in the background so a slow Git host never delays start-up.</summary>
public sealed class PendingActionSettlementService(PendingActionSettler settler, ILogger<PendingActionSettlementService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await settler.SettleAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Settling pending audit rows failed; they stay Pending until the next start");
        }
    }
}
