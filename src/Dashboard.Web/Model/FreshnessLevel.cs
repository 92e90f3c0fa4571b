namespace Dashboard.Web.Model;

/// <summary>Ordered from best to worst, so the page shows the worst level of its kinds.</summary>
public enum FreshnessLevel
{
    Live,
    Partial,
    Connecting,
    Stale,
}
