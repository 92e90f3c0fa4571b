using Dashboard.Core.Actions;

namespace Dashboard.Core.History;

/// <summary>The newest transitions and the newest audit rows matching a query, each list at most the query's limit.</summary>
public sealed record ActivityPage(IReadOnlyList<TransitionRecord> Transitions, IReadOnlyList<AuditRecord> Actions)
{
    public static ActivityPage Empty { get; } = new([], []);
}
