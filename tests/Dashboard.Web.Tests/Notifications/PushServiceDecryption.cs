using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>
/// The user agent's side of RFC 8291 and RFC 8188, written from the RFCs for the test "push service"
/// and deliberately not using the sender's code: HKDF is spelled out with HMAC-SHA-256.
/// </summary>
internal static class PushServiceDecryption
{
    public static byte[] Decrypt(byte[] body, ECDiffieHellman userAgent, byte[] uaPublic, byte[] authSecret)
    {
        var salt = body[..16];
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        var idLength = body[20];
        var asPublic = body[21..(21 + idLength)];
        var record = body[(21 + idLength)..];
        Assert.Equal(65, idLength);
        Assert.True(record.Length <= recordSize);

        using var sender = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = asPublic[1..33], Y = asPublic[33..] },
        });
        var ecdhSecret = userAgent.DeriveRawSecretAgreement(sender.PublicKey);

        // RFC 8291 section 3.4: PRK_key = HMAC(auth_secret, ecdh_secret); IKM = HMAC(PRK_key, key_info || 0x01).
        var prkKey = HMACSHA256.HashData(authSecret, ecdhSecret);
        var keyInfo = Encoding.ASCII.GetBytes("WebPush: info\0").Concat(uaPublic).Concat(asPublic).Append((byte)1).ToArray();
        var ikm = HMACSHA256.HashData(prkKey, keyInfo);

        // RFC 8188 section 2.2/2.3: PRK = HMAC(salt, IKM); CEK and NONCE are the first 16 / 12 bytes of HMAC(PRK, info || 0x01).
        var prk = HMACSHA256.HashData(salt, ikm);
        var cek = HMACSHA256.HashData(prk, Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0\u0001"))[..16];
        var nonce = HMACSHA256.HashData(prk, Encoding.ASCII.GetBytes("Content-Encoding: nonce\0\u0001"))[..12];

        var plain = new byte[record.Length - 16];
        using var aes = new AesGcm(cek, 16);
        aes.Decrypt(nonce, record[..^16], record[^16..], plain);
        var end = Array.FindLastIndex(plain, b => b != 0);
        Assert.Equal(2, plain[end]); // the last record's delimiter
        return plain[..end];
    }
}
