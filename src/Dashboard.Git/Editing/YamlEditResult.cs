namespace Dashboard.Git.Editing;

/// <summary>The text after an edit; <see cref="Changed"/> is false when the file already said so (the text is then the input, unchanged).</summary>
public sealed record YamlEditResult(string Text, bool Changed)
{
    public static YamlEditResult Unchanged(string text) => new(text, false);
}
