using Dashboard.Data;
using Dashboard.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Faults;

/// <summary>Reads the audit rows straight from a dashboard's SQLite file, as another process sees them on disk.</summary>
internal sealed class AuditFile(string path)
{
    public string Path { get; } = path;

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        options.UseDashboardSqlite(Path);
        await using var context = new DashboardDbContext(options.Options);
        try
        {
            return await context.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1)
        {
            // "no such table": the process has created the file but not applied the migrations yet.
            return [];
        }
    }

    /// <summary>Polls the file (every 100 ms, at most <paramref name="timeout"/>) until a row satisfies <paramref name="condition"/>.</summary>
    public async Task<AuditEntry> WaitForAsync(Func<AuditEntry, bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        IReadOnlyList<AuditEntry> rows = [];
        try
        {
            while (true)
            {
                rows = await ReadAsync(bounded.Token);
                if (rows.FirstOrDefault(condition) is { } row)
                {
                    return row;
                }

                await Task.Delay(100, bounded.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seen = string.Join("; ", rows.Select(r => $"#{r.Id} {r.Action} {r.Target} {r.Outcome} {r.Error}"));
            throw new TimeoutException($"No audit row {what} in {Path} within {timeout.TotalSeconds:0} s; rows: [{seen}]");
        }
    }

    /// <summary>Lets go of pooled connections so the temp folder can be deleted.</summary>
    public static void ReleaseConnections() => SqliteConnection.ClearAllPools();
}
