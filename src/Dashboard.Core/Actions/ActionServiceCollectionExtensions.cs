using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Core.Actions;

public static class ActionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the action flow (service, rollback planner, tracker, authorizer, start-up settlement). Needs
    /// <c>IClusterStore</c>, <c>IGitRepository</c>, <c>IGitWriter</c>, <c>IAuditLog</c> and an <see cref="IAppSourceResolver"/> from the other layers.
    /// </summary>
    public static IServiceCollection AddDashboardActions(this IServiceCollection services, Action<ActionOptions>? configure = null)
    {
        var options = new ActionOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IActionAuthorizer, RoleActionAuthorizer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActionPlanner, RollbackPlanner>());
        services.TryAddSingleton<ActionService>();
        services.TryAddSingleton<ActionTracker>();
        services.TryAddSingleton<PullRequestTracker>();
        services.TryAddSingleton<PendingActionSettler>();
        services.AddHostedService<PendingActionSettlementService>();
        return services;
    }
}
