namespace Dashboard.Web.Model.Status;

/// <summary>One row of the status page: what, how bad, and where to look (a path relative to the site root).</summary>
/// <param name="Tone">error or warning.</param>
public sealed record StatusLine(string Tone, string Name, string Title, string? Detail, string Link);
