namespace Dashboard.Core.Tokens;

/// <summary>A row as the store keeps it: the record plus the SHA-256 of the token.</summary>
public sealed record StoredApiToken(ApiTokenRecord Record, byte[] Hash);
