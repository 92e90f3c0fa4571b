namespace Dashboard.Web.Model.Activity;

/// <summary>One line of the Activity timeline: a status transition or an audited action, already formatted.</summary>
/// <param name="Id">"t42" for a transition, "a7" for an action: unique across both.</param>
/// <param name="Link">The object's page (DetailLinks), or null when the target cannot be parsed.</param>
/// <param name="What">"health", "sync"... for a transition; "rollback", "set-version"... for an action.</param>
/// <param name="Outcome">For actions: Committed, Failed, Denied...; null for transitions.</param>
public sealed record ActivityRow(
    string Id,
    DateTimeOffset At,
    bool IsAction,
    string Name,
    string Where,
    string? Link,
    string What,
    string? From,
    string? To,
    string ToTone,
    string? Detail,
    string? User = null,
    string? Outcome = null,
    string OutcomeTone = "default",
    string? CommitSha = null,
    string? PullRequestUrl = null,
    string? Error = null);
