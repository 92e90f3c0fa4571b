namespace Dashboard.Data;

/// <summary>Whether the schema is current; read by /readyz.</summary>
public sealed class DatabaseState
{
    private volatile string? _error = "not migrated yet";

    public bool IsReady => _error is null;
    public string? Error => _error;

    public void MarkMigrated() => _error = null;
    public void MarkFailed(string error) => _error = error;
}
