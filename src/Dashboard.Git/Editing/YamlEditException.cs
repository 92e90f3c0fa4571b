namespace Dashboard.Git.Editing;

/// <summary>A YAML edit that cannot be made safely; the message names the document and key.</summary>
public sealed class YamlEditException : Exception
{
    public YamlEditException(YamlEditErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    public YamlEditException()
    {
    }

    public YamlEditException(string message)
        : base(message)
    {
    }

    public YamlEditException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public YamlEditErrorKind Kind { get; }
}
