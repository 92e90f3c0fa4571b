namespace Dashboard.Core.GitOps;

public enum GitTreeEntryKind
{
    Blob,
    Tree,
    Submodule,
}
