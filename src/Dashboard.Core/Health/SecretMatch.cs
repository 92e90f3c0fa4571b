namespace Dashboard.Core.Health;

/// <summary>How a Certificate's status compares with the certificate actually in its TLS secret.</summary>
public enum SecretMatch
{
    /// <summary>TLS secrets are not read (switched off), or not read yet.</summary>
    NotRead,

    /// <summary>The secret's notAfter equals cert-manager's status.notAfter.</summary>
    Matches,

    /// <summary>The secret holds an older certificate than the status says: renewed, but the secret was not rotated.</summary>
    NotYetRotated,

    /// <summary>The secret holds a certificate with another notAfter (later, or the status has none).</summary>
    Differs,

    /// <summary>The secret does not exist.</summary>
    Missing,

    /// <summary>No permission to get secrets in the namespace.</summary>
    Forbidden,

    /// <summary>The secret could not be read or parsed.</summary>
    Unreadable,
}
