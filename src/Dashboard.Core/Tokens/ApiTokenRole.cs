namespace Dashboard.Core.Tokens;

/// <summary>What a personal API token may do. Admin is never granted to a token: settings stay with people.</summary>
public enum ApiTokenRole
{
    /// <summary>Reads /api/status, /hubs/status and /metrics; every action is refused.</summary>
    Viewer,

    /// <summary>Also acts (rollback, set version, pause, reconcile) through the JSON API.</summary>
    Operator,
}
