namespace Dashboard.Core.History;

/// <summary>A bounded slice of the activity timeline, newest first.</summary>
/// <param name="Search">Matched (case-insensitively) against name and namespace; for actions, against the target.</param>
public sealed record ActivityQuery(string? Search = null, ActivityTypes Types = ActivityTypes.All, int Limit = 50)
{
    public const int MaxLimit = 1000;
}
