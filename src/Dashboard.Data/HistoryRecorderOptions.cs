namespace Dashboard.Data;

/// <summary>How the history recorder batches writes and how long it keeps rows.</summary>
public sealed class HistoryRecorderOptions
{
    /// <summary>Transitions and settled audit rows older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>At most one write transaction per interval.</summary>
    public TimeSpan BatchInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a write is tried when SQLite stays busy beyond its busy timeout.</summary>
    public int WriteAttempts { get; set; } = 4;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
