namespace Dashboard.Core.Tokens;

/// <summary>A new token: <see cref="Secret"/> exists only here, to be shown once; the store has its hash.</summary>
public sealed record CreatedApiToken(ApiTokenRecord Token, string Secret);
