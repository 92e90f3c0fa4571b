namespace Dashboard.Git.Editing;

/// <summary>The outcome of following a locator: the node, or how far it got and why it stopped.</summary>
internal sealed record YamlResolution(YamlNode? Node, int MatchedSegments, string? Failure)
{
    public bool Found => Node is not null;
}
