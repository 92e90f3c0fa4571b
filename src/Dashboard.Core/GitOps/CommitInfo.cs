namespace Dashboard.Core.GitOps;

/// <summary>One commit as the dashboard shows it.</summary>
/// <param name="Sha">Full 40-character SHA.</param>
/// <param name="Parents">Parent SHAs, first parent first.</param>
/// <param name="CommittedAt">Committer date (when the commit landed on the branch, roughly).</param>
/// <param name="ChangedPaths">Paths the commit touched, or null when the source did not report them (list endpoints don't).</param>
public sealed record CommitInfo(
    string Sha,
    IReadOnlyList<string> Parents,
    string AuthorName,
    string AuthorEmail,
    DateTimeOffset CommittedAt,
    string Message,
    IReadOnlyList<string>? ChangedPaths = null)
{
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;

    /// <summary>First line of the message.</summary>
    public string Subject => Message.Split('\n', 2)[0].TrimEnd('\r');
}
