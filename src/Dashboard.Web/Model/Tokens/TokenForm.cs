using Dashboard.Core.Tokens;

namespace Dashboard.Web.Model.Tokens;

/// <summary>The "new token" form of the Settings › API tokens page.</summary>
public sealed class TokenForm
{
    /// <summary>The offered lifetimes in days; 0 means the token does not expire.</summary>
    public static readonly IReadOnlyList<int> ExpiryChoices = [30, 90, 365, 0];

    public string Name { get; set; } = "";
    public ApiTokenRole Role { get; set; } = ApiTokenRole.Viewer;
    public int ExpiryDays { get; set; } = 90;

    public DateTimeOffset? ExpiresAt(DateTimeOffset now) => ExpiryDays > 0 ? now.AddDays(ExpiryDays) : null;

    public static string ExpiryText(int days) => days switch
    {
        0 => "never",
        365 => "1 year",
        _ => $"{days} days",
    };

    /// <summary>"active", "revoked" or "expired", for the list.</summary>
    public static string State(ApiTokenRecord token, DateTimeOffset now) =>
        token.RevokedAt is not null ? "revoked" : token.IsExpired(now) ? "expired" : "active";
}
