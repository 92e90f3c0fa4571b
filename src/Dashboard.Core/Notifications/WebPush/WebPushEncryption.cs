using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>
/// RFC 8291 message encryption: an ephemeral ECDH P-256 key per message, the subscription's
/// auth secret mixed in through HKDF, then <see cref="Aes128GcmEncoding"/> with the sender's
/// public key as key id.
/// </summary>
public static class WebPushEncryption
{
    public static byte[] Encrypt(byte[] userAgentPublicKey, byte[] authSecret, ReadOnlySpan<byte> plaintext)
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return Encrypt(userAgentPublicKey, authSecret, plaintext, ephemeral, RandomNumberGenerator.GetBytes(Aes128GcmEncoding.SaltLength));
    }

    /// <summary>The seam for the RFC's test vector: a fixed sender key and salt.</summary>
    internal static byte[] Encrypt(byte[] userAgentPublicKey, byte[] authSecret, ReadOnlySpan<byte> plaintext,
        ECDiffieHellman applicationServerKey, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(userAgentPublicKey);
        ArgumentNullException.ThrowIfNull(authSecret);
        ArgumentNullException.ThrowIfNull(applicationServerKey);
        var asPublic = P256.ExportUncompressed(applicationServerKey.ExportParameters(false));
        var ikm = InputKeyingMaterial(applicationServerKey, userAgentPublicKey, authSecret, userAgentPublicKey, asPublic);
        return Aes128GcmEncoding.Encrypt(ikm, salt, asPublic, plaintext);
    }

    /// <summary>The user agent's side, used by the tests' push service to read what was sent.</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> message, ECDiffieHellman userAgentKey, byte[] authSecret)
    {
        ArgumentNullException.ThrowIfNull(userAgentKey);
        var uaPublic = P256.ExportUncompressed(userAgentKey.ExportParameters(false));
        return Aes128GcmEncoding.Decrypt(message, keyId => InputKeyingMaterial(userAgentKey, keyId, authSecret, uaPublic, keyId));
    }

    /// <summary>
    /// IKM = HKDF(salt = auth_secret, ikm = ECDH secret, info = "WebPush: info" 0x00 ua_public as_public, 32).
    /// </summary>
    private static byte[] InputKeyingMaterial(ECDiffieHellman ownKey, byte[] peerPublic, byte[] authSecret, byte[] uaPublic, byte[] asPublic)
    {
        using var peer = ECDiffieHellman.Create(P256.ImportUncompressed(peerPublic));
        var ecdhSecret = ownKey.DeriveRawSecretAgreement(peer.PublicKey);
        var info = new byte[14 + uaPublic.Length + asPublic.Length];
        Encoding.ASCII.GetBytes("WebPush: info\0").CopyTo(info, 0);
        uaPublic.CopyTo(info, 14);
        asPublic.CopyTo(info, 14 + uaPublic.Length);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ecdhSecret, authSecret);
        return HKDF.Expand(HashAlgorithmName.SHA256, prk, 32, info);
    }
}
