namespace Dashboard.Web.Endpoints;

public sealed record PushSubscriptionKeys(string? P256dh, string? Auth);
