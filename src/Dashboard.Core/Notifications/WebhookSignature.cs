using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Notifications;

/// <summary>
/// HMAC-SHA256 over "<c>{timestamp}.{raw body}</c>", sent as <c>X-Dashboard-Signature: sha256=&lt;hex&gt;</c> with the
/// Unix-seconds timestamp in <c>X-Dashboard-Timestamp</c>. The timestamp is inside the MAC, so a receiver that
/// rejects old timestamps cannot be fed a replayed request (the scheme Stripe and Slack use).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Dashboard-Signature";
    public const string TimestampHeader = "X-Dashboard-Timestamp";

    public static string Compute(byte[] secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, signed));
    }

    /// <summary>What a receiver does: constant-time compare, and a timestamp within the tolerance.</summary>
    public static bool Verify(byte[] secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body,
        DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || signatureHeader is null
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
