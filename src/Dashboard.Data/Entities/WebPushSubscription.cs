namespace Dashboard.Data.Entities;

/// <summary>A browser that asked for Web Push ("Notify this device").</summary>
public sealed class WebPushSubscription
{
    public long Id { get; set; }
    public required string Endpoint { get; set; }
    public required string P256dh { get; set; }
    public required string Auth { get; set; }
    public string? User { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
