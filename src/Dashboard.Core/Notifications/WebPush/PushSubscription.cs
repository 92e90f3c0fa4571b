namespace Dashboard.Core.Notifications.WebPush;

/// <summary>A browser's PushSubscription: where to post, and the keys to encrypt for it (base64url).</summary>
public sealed record PushSubscription(string Endpoint, string P256dh, string Auth, string? User, DateTimeOffset CreatedAt);
