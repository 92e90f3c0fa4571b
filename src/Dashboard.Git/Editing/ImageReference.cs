namespace Dashboard.Git.Editing;

/// <summary>
/// An OCI image reference split into repository, tag and digest: <c>host:5000/team/app:1.2@sha256:…</c>.
/// A colon before the last slash belongs to a registry port, never to the tag.
/// </summary>
public sealed record ImageReference(string Repository, string? Tag, string? Digest)
{
    public static ImageReference Parse(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        string? digest = null;
        var rest = image;
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }

        var lastSlash = rest.LastIndexOf('/');
        var colon = rest.IndexOf(':', lastSlash + 1);
        return colon < 0
            ? new ImageReference(rest, null, digest)
            : new ImageReference(rest[..colon], rest[(colon + 1)..], digest);
    }

    /// <summary>The same image with another tag; the digest is dropped because it pinned the old tag.</summary>
    public ImageReference WithTag(string tag, string? digest = null) => this with { Tag = tag, Digest = digest };

    /// <summary>Tag and digest as written in a Helm values <c>tag:</c> field (<c>1.2.3@sha256:…</c>).</summary>
    public string? TagAndDigest => Tag is null && Digest is null ? null : Tag + (Digest is null ? "" : "@" + Digest);

    public override string ToString() =>
        Repository + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);
}
