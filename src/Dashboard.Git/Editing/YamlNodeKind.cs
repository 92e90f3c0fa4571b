namespace Dashboard.Git.Editing;

internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
    Alias,
}
