using System.Text;

namespace Dashboard.Core.GitOps;

/// <summary>A file's content at one revision.</summary>
/// <param name="BlobSha">Git blob SHA of the content.</param>
public sealed record GitFile(string Path, string BlobSha, ReadOnlyMemory<byte> Content)
{
    public string Text => Encoding.UTF8.GetString(Content.Span);
}
