namespace Dashboard.Web.Configuration;

/// <summary>One entry of <c>Dashboard:Notifications:Targets</c>.</summary>
public sealed class NotificationTargetOptions
{
    public NotificationTargetType? Type { get; set; }

    /// <summary>Webhook: the URL to POST to. Ntfy: the server (https://ntfy.sh) or the full topic URL.</summary>
    public string? Url { get; set; }

    /// <summary>Ntfy topic, appended to <see cref="Url"/>.</summary>
    public string? Topic { get; set; }

    /// <summary>Webhook HMAC-SHA256 key; the request then carries X-Dashboard-Signature. Prefer <see cref="SecretFile"/>.</summary>
    public string? Secret { get; set; }

    public string? SecretFile { get; set; }

    /// <summary>Ntfy access token (sent as a bearer token). Prefer <see cref="TokenFile"/>.</summary>
    public string? Token { get; set; }

    public string? TokenFile { get; set; }

    /// <summary>Ntfy priority for problems: 1-5 or min, low, default, high, max. Unset: high for critical problems, default otherwise.</summary>
    public string? Priority { get; set; }

    public string? ResolveSecret() => GitOptions.Secret(Secret, SecretFile);

    public string? ResolveToken() => GitOptions.Secret(Token, TokenFile);
}
