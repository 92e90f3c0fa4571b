namespace Dashboard.Web.Model.Commits;

/// <summary>One app a commit relates to, as a chip: "running on podinfo" linking to the app page.</summary>
/// <param name="Relation">running, pending or reached.</param>
public sealed record AppChip(string Relation, string AppName, string Tone, string Href)
{
    public string Text => Relation switch
    {
        "running" => $"running on {AppName}",
        "pending" => $"pending for {AppName}",
        _ => $"reached {AppName}",
    };
}
