namespace Dashboard.Kubernetes.Nudge;

/// <summary>One object to annotate: where it is served and how to name it in the sentence.</summary>
internal sealed record NudgeTarget(string Group, string Version, string Plural, string Kind, string Namespace, string Name)
{
    public string QualifiedName => $"{Plural}.{Group}";

    public override string ToString() => $"{Kind} {Namespace}/{Name}";
}
