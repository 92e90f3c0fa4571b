namespace Dashboard.Core.GitOps;

/// <summary>A read from the Git host failed; the message names the repository and what was asked.</summary>
/// <param name="retryAt">When a rate-limited caller may try again, if known.</param>
public sealed class GitAccessException(string message, GitFailureKind kind, Exception? innerException = null, DateTimeOffset? retryAt = null)
    : Exception(message, innerException)
{
    public GitFailureKind Kind { get; } = kind;

    public DateTimeOffset? RetryAt { get; } = retryAt;
}
