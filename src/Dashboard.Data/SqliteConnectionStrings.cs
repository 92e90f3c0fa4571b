using Microsoft.Data.Sqlite;

namespace Dashboard.Data;

/// <summary>Builds the connection string for the dashboard's SQLite file.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>How long a command waits for a lock before SQLITE_BUSY.</summary>
    public const int BusyTimeoutSeconds = 5;

    public static string ForFile(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = BusyTimeoutSeconds,
    }.ToString();
}
