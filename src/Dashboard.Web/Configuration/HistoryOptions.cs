namespace Dashboard.Web.Configuration;

public sealed class HistoryOptions
{
    /// <summary>How long status transitions and audit rows are kept.</summary>
    public int RetentionDays { get; set; } = 90;
}
