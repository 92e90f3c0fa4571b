namespace Dashboard.Web.Configuration;

/// <summary>The root of every setting, bound from the <c>Dashboard:</c> section (Aspire-style single root).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Run against the embedded emulators with seeded data (<c>--sandbox</c>). Never a fallback.</summary>
    public bool Sandbox { get; set; }

    public DataOptions Data { get; set; } = new();
    public KubernetesOptions Kubernetes { get; set; } = new();
    public HistoryOptions History { get; set; } = new();
    public GitOptions Git { get; set; } = new();
    public AuthOptions Auth { get; set; } = new();
    public NotificationOptions Notifications { get; set; } = new();
    public MetricsOptions Metrics { get; set; } = new();
}
