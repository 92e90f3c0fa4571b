namespace Dashboard.Core.GitOps;

/// <summary>One change a commit makes. Paths are '/'-separated and relative to the repository root.</summary>
public abstract record FileEdit(string Path)
{
    /// <summary>Create or overwrite a file (an existing file keeps its mode).</summary>
    public sealed record Put(string Path, ReadOnlyMemory<byte> Content) : FileEdit(Path)
    {
        public static Put Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Remove a file or a whole folder; nothing happens when it is already absent.</summary>
    public sealed record Delete(string Path) : FileEdit(Path);

    /// <summary>
    /// Make folder (or file) <see cref="FileEdit.Path"/> exactly what it was at <paramref name="Revision"/>: the rollback
    /// primitive. When the path did not exist at that revision it is removed.
    /// </summary>
    public sealed record ReplaceWithRevision(string Path, string Revision) : FileEdit(Path);

    /// <summary>The path without leading/trailing slashes, "." segments or backslashes; throws on "..".</summary>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        if (segments.Any(s => s == ".."))
        {
            throw new ArgumentException($"Path '{path}' must not contain '..'.", nameof(path));
        }

        return string.Join('/', segments);
    }
}
