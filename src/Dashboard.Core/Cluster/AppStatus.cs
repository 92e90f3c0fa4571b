namespace Dashboard.Core.Cluster;

/// <summary>
/// One deployed app: an Argo CD Application/ApplicationSet or a Flux Kustomization/HelmRelease,
/// reduced to what the dashboard shows. Immutable; a new record replaces the old one on change.
/// </summary>
public sealed record AppStatus : IClusterItem
{
    public required ResourceKey Key { get; init; }
    public required Controller Controller { get; init; }
    public SyncState Sync { get; init; }
    public HealthState Health { get; init; }

    /// <summary>The revision the controller last deployed (full SHA when known; Flux "main@sha1:..." is reduced to the SHA).</summary>
    public string? Revision { get; init; }

    /// <summary>Multi-source Argo apps: one revision per source, in spec order (Revision is the first). Empty otherwise.</summary>
    public IReadOnlyList<string> Revisions { get; init; } = [];

    /// <summary>The revision the controller last tried (Flux lastAttemptedRevision, Argo operation revision); differs from Revision while a change is failing.</summary>
    public string? AttemptedRevision { get; init; }

    public AppSource? Source { get; init; }

    /// <summary>Every source of a multi-source Argo app (Source is the first); empty for single-source apps.</summary>
    public IReadOnlyList<AppSource> Sources { get; init; } = [];

    /// <summary>True when the controller applies Git changes on its own (Argo automated sync; Flux not suspended).</summary>
    public bool AutoSync { get; init; }

    /// <summary>Flux spec.suspend; Argo has no such switch and reports false.</summary>
    public bool Suspended { get; init; }

    public DateTimeOffset? LastSyncedAt { get; init; }
    public TimeSpan? LastSyncDuration { get; init; }

    /// <summary>The most useful single line for a table: an error condition's message or the operation message.</summary>
    public string? Message { get; init; }

    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public LastOperation? LastOperation { get; init; }
    public IReadOnlyList<SyncHistoryEntry> History { get; init; } = [];
    public IReadOnlyList<ManagedResource> Resources { get; init; } = [];

    /// <summary>For Helm apps: the chart version deployed (Flux history / Argo source targetRevision).</summary>
    public string? ChartVersion { get; init; }

    /// <summary>Fields the mapper could not read; non-empty means the object was malformed or partial.</summary>
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];
}
