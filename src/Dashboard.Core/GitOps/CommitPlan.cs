namespace Dashboard.Core.GitOps;

/// <summary>
/// A commit to make on <paramref name="Branch"/> on top of <paramref name="BaseHeadSha"/>, the head the plan was made from.
/// The writer never force-moves the branch: when the head has moved, the result is a conflict and the caller re-plans.
/// </summary>
/// <param name="Message">Subject and optional body, without the trailer.</param>
/// <param name="RequestedBy">The dashboard user on whose behalf the commit is made; written as a <c>Requested-by:</c> trailer.</param>
public sealed record CommitPlan(
    GitRepositoryRef Repository,
    string Branch,
    string BaseHeadSha,
    string Message,
    string RequestedBy,
    IReadOnlyList<FileEdit> Edits)
{
    public const string RequestedByTrailer = "Requested-by";

    /// <summary>The message as committed: <see cref="Message"/>, a blank line, then the trailer.</summary>
    public string FullMessage
    {
        get
        {
            var message = Message.TrimEnd();
            var trailer = $"{RequestedByTrailer}: {RequestedBy}";
            return message.EndsWith(trailer, StringComparison.Ordinal) ? message + "\n" : $"{message}\n\n{trailer}\n";
        }
    }
}
