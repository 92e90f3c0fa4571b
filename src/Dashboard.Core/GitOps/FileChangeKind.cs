namespace Dashboard.Core.GitOps;

public enum FileChangeKind
{
    Added,
    Modified,
    Removed,
    Renamed,
    Other,
}
