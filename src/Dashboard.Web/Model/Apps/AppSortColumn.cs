namespace Dashboard.Web.Model.Apps;

public enum AppSortColumn
{
    /// <summary>Worst first (Degraded, OutOfSync, Progressing, ...), then by name: the default.</summary>
    Status,
    Name,
    Namespace,
    Controller,
    Cluster,
    LastSync,
}
