namespace Dashboard.Git.Editing;

/// <summary>What a plain (unquoted) scalar resolves to.</summary>
internal enum YamlPlainType
{
    String,
    Null,
    Bool,
    Int,
    Float,
}
