namespace Dashboard.Core.GitOps;

public enum GitFailureKind
{
    NotFound,
    Unauthorized,
    RateLimited,
    Unavailable,
    Invalid,
}
