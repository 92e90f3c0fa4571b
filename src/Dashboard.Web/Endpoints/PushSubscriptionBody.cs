namespace Dashboard.Web.Endpoints;

/// <summary>The JSON of <c>PushSubscription.toJSON()</c>: <c>{ "endpoint": "...", "keys": { "p256dh": "...", "auth": "..." } }</c>.</summary>
public sealed record PushSubscriptionBody(string? Endpoint, PushSubscriptionKeys? Keys);
