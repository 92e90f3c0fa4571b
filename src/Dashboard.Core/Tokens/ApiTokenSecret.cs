using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Tokens;

/// <summary>
/// The token format: <c>dbt_</c> + 32 random bytes in base64url (43 characters). Only the SHA-256 of the whole string
/// and its first <see cref="PrefixLength"/> characters (to tell tokens apart in a list and find the row) are stored.
/// </summary>
public static class ApiTokenSecret
{
    public const string Marker = "dbt_";

    /// <summary>The marker plus 8 random characters: 48 bits, enough to find a row, far too few to guess the rest.</summary>
    public const int PrefixLength = 12;

    private const int RandomBytes = 32;
    private static readonly int TokenLength = Marker.Length + Base64Url.GetEncodedLength(RandomBytes);

    public static string Generate() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>True when the string has the shape of a token (marker, length, base64url alphabet); says nothing about validity.</summary>
    public static bool HasTokenShape(string? value) =>
        value is not null && value.Length == TokenLength && value.StartsWith(Marker, StringComparison.Ordinal) &&
        value.AsSpan(Marker.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string Prefix(string token) => token[..Math.Min(PrefixLength, token.Length)];

    /// <summary>Constant-time, so the time of a refusal tells nothing about how much of a hash matched.</summary>
    public static bool HashMatches(ReadOnlySpan<byte> stored, string token) =>
        CryptographicOperations.FixedTimeEquals(stored, Hash(token));
}
