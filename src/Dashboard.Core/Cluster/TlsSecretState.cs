namespace Dashboard.Core.Cluster;

/// <summary>The outcome of the last GET of a TLS secret.</summary>
public enum TlsSecretState
{
    /// <summary>Not fetched yet.</summary>
    Pending,

    /// <summary>Read and tls.crt parsed.</summary>
    Read,

    /// <summary>The secret does not exist (404).</summary>
    NotFound,

    /// <summary>403: the dashboard may not get secrets in this namespace.</summary>
    Forbidden,

    /// <summary>The secret exists but has no parseable tls.crt.</summary>
    Unreadable,

    /// <summary>Any other failure (server error, timeout); retried on the next refresh.</summary>
    Failed,
}
