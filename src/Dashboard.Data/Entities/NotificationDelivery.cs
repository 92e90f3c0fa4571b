namespace Dashboard.Data.Entities;

/// <summary>One attempt to deliver one notification to one target (issue 8, notifications).</summary>
public sealed class NotificationDelivery
{
    public long Id { get; set; }
    public Guid NotificationId { get; set; }

    /// <summary>The target's display name ("webhook#0 (hooks.example.org)"); never a secret.</summary>
    public required string Target { get; set; }

    public int Attempt { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>problem or recovered.</summary>
    public required string State { get; set; }

    public required string Cluster { get; set; }
    public required string Kind { get; set; }
    public required string Namespace { get; set; }
    public required string Name { get; set; }
    public required string Reason { get; set; }
    public required string Title { get; set; }
    public string? Message { get; set; }
    public required string Link { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }

    /// <summary>Delivered, Retry or Failed.</summary>
    public required string Outcome { get; set; }
}
