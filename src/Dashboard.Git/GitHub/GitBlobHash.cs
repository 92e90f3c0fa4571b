using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Git.GitHub;

/// <summary>Git's blob id (SHA-1 of "blob &lt;size&gt;\0" + content), so unchanged files need no upload.</summary>
internal static class GitBlobHash
{
    public static string Of(ReadOnlySpan<byte> content)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"blob {content.Length}\0"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        hash.AppendData(header);
        hash.AppendData(content);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
