namespace Dashboard.Core.History;

/// <summary>Where status transitions are kept, and the read side of the Activity timeline.</summary>
public interface IStatusHistory
{
    /// <summary>Writes the changes seen at one moment in one transaction.</summary>
    Task AppendAsync(DateTimeOffset at, IReadOnlyList<StatusChange> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes transitions and settled audit rows older than <paramref name="cutoff"/>; returns how many rows went.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    Task<ActivityPage> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default);
}
