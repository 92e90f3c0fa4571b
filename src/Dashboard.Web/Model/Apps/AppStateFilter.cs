namespace Dashboard.Web.Model.Apps;

/// <summary>The quick filters above the Apps table; "Problems" is what the Overview links to.</summary>
public enum AppStateFilter
{
    All,
    Problems,
    OutOfSync,
    Degraded,
    Progressing,
    Suspended,
    Healthy,
}
