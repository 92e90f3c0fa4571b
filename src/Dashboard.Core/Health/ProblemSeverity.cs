namespace Dashboard.Core.Health;

/// <summary>How bad a problem is; lower values sort first.</summary>
public enum ProblemSeverity
{
    Critical,
    Warning,
}
