namespace Dashboard.Data.Entities;

/// <summary>A personal API token: only its SHA-256 hash and a short prefix are kept, never the token.</summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Viewer or Operator (the Core ApiTokenRole name).</summary>
    public required string Role { get; set; }

    /// <summary>The first characters of the token (<c>dbt_</c> + 8), to find the row and to tell tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole token, 32 bytes.</summary>
    public required byte[] Hash { get; set; }

    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
