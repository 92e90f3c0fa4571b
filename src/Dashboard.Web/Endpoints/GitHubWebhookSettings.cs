namespace Dashboard.Web.Endpoints;

/// <summary>The push-webhook secret, read once at start (from <c>Dashboard:Git:WebhookSecret(File)</c>); null disables the endpoint.</summary>
public sealed record GitHubWebhookSettings(string? Secret);
