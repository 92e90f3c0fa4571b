namespace Dashboard.Core.Tokens;

/// <summary>The result of checking a presented token: the token's record, or why it was refused.</summary>
public sealed record ApiTokenCheck(ApiTokenRecord? Token, string? Refusal)
{
    public static ApiTokenCheck Valid(ApiTokenRecord token) => new(token, null);

    public static ApiTokenCheck Refused(string reason) => new(null, reason);
}
