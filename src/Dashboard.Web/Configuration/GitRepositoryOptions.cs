namespace Dashboard.Web.Configuration;

/// <summary>An extra repository to show (<c>Dashboard:Git:Repositories:N</c>).</summary>
public sealed class GitRepositoryOptions
{
    /// <summary>https://github.com/owner/name (or the Enterprise host of <c>Dashboard:Git:BaseUrl</c>).</summary>
    public string Url { get; set; } = string.Empty;

    public string Branch { get; set; } = "main";

    /// <summary>Actions on this repository open a pull request instead of committing to the branch (protected branches).</summary>
    public bool PullRequestMode { get; set; }
}
