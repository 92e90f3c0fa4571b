using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>
/// RFC 8292: a short ES256 JWT for each push service origin, sent as
/// <c>Authorization: vapid t=&lt;jwt&gt;, k=&lt;public key&gt;</c>.
/// </summary>
public static class VapidAuthorization
{
    /// <summary>Push services reject tokens valid for more than 24 hours; stay below for clock skew.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(12);

    private static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    /// <param name="subject">A contact the push service can reach: mailto: or https: URI.</param>
    public static string CreateHeader(VapidKeys keys, Uri endpoint, string subject, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return $"vapid t={CreateToken(keys, endpoint, subject, now, lifetime)}, k={keys.PublicKeyBase64Url}";
    }

    public static string CreateToken(VapidKeys keys, Uri endpoint, string subject, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!IsValidSubject(subject))
        {
            throw new ArgumentException("The VAPID subject must be a mailto: or https: URI.", nameof(subject));
        }

        var life = lifetime ?? DefaultLifetime;
        if (life <= TimeSpan.Zero || life > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "A VAPID token may be valid for at most 24 hours.");
        }

        var header = Base64Url.Encode("""{"typ":"JWT","alg":"ES256"}"""u8);
        var claims = Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["aud"] = endpoint.GetLeftPart(UriPartial.Authority),
            ["exp"] = (now + life).ToUnixTimeSeconds(),
            ["sub"] = subject,
        }));
        var signingInput = $"{header}.{claims}";
        using var signer = keys.CreateSigner();
        // JWS wants r|s (IEEE P1363), not .NET's DER default for some APIs.
        var signature = signer.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{signingInput}.{Base64Url.Encode(signature)}";
    }

    public static bool IsValidSubject(string? subject) =>
        subject is not null
        && Uri.TryCreate(subject, UriKind.Absolute, out var uri)
        && (uri.Scheme == "mailto" || uri.Scheme == Uri.UriSchemeHttps);
}
