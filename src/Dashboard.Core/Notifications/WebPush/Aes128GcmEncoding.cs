using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>
/// The "aes128gcm" content coding of RFC 8188, single record (a push message is at most 4 KB):
/// header = salt(16) | rs(4, big-endian) | idlen(1) | keyid; record = AES-128-GCM(plaintext | 0x02 | zero padding).
/// </summary>
public static class Aes128GcmEncoding
{
    public const int SaltLength = 16;
    public const int TagLength = 16;
    public const int DefaultRecordSize = 4096;

    private static readonly byte[] KeyInfo = Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0");
    private static readonly byte[] NonceInfo = Encoding.ASCII.GetBytes("Content-Encoding: nonce\0");

    public static byte[] Encrypt(byte[] ikm, byte[] salt, byte[] keyId, ReadOnlySpan<byte> plaintext, int recordSize = DefaultRecordSize,
        int padding = 0)
    {
        ArgumentNullException.ThrowIfNull(ikm);
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentNullException.ThrowIfNull(keyId);
        if (salt.Length != SaltLength)
        {
            throw new ArgumentException($"The salt must be {SaltLength} bytes.", nameof(salt));
        }

        if (keyId.Length > 255)
        {
            throw new ArgumentException("The key id is longer than 255 bytes.", nameof(keyId));
        }

        var recordLength = plaintext.Length + 1 + padding + TagLength;
        if (recordLength > recordSize)
        {
            throw new ArgumentException($"{plaintext.Length} bytes (+{padding} padding) do not fit one record of {recordSize} bytes.",
                nameof(plaintext));
        }

        var (key, nonce) = DeriveKeyAndNonce(ikm, salt);
        var header = Header(salt, recordSize, keyId);
        var output = new byte[header.Length + recordLength];
        header.CopyTo(output, 0);

        var padded = new byte[plaintext.Length + 1 + padding];
        plaintext.CopyTo(padded);
        padded[plaintext.Length] = 0x02; // last record; the rest stays zero
        using var aes = new AesGcm(key, TagLength);
        var body = output.AsSpan(header.Length);
        aes.Encrypt(nonce, padded, body[..padded.Length], body[padded.Length..]);
        return output;
    }

    /// <summary>The receiving side (tests, and a check that what we send is readable).</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> message, Func<byte[], byte[]> ikmForKeyId)
    {
        ArgumentNullException.ThrowIfNull(ikmForKeyId);
        if (message.Length < SaltLength + 5)
        {
            throw new CryptographicException("The message is shorter than the aes128gcm header.");
        }

        var salt = message[..SaltLength].ToArray();
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(message[SaltLength..]);
        var idLength = message[SaltLength + 4];
        var keyId = message.Slice(SaltLength + 5, idLength).ToArray();
        var record = message[(SaltLength + 5 + idLength)..];
        if (record.Length < TagLength + 1 || record.Length > recordSize)
        {
            throw new CryptographicException("Expected exactly one record.");
        }

        var (key, nonce) = DeriveKeyAndNonce(ikmForKeyId(keyId), salt);
        var plain = new byte[record.Length - TagLength];
        using var aes = new AesGcm(key, TagLength);
        aes.Decrypt(nonce, record[..^TagLength], record[^TagLength..], plain);
        var end = Array.FindLastIndex(plain, b => b != 0);
        if (end < 0 || plain[end] != 0x02)
        {
            throw new CryptographicException("The last record's padding delimiter (0x02) is missing.");
        }

        return plain[..end];
    }

    private static (byte[] Key, byte[] Nonce) DeriveKeyAndNonce(byte[] ikm, byte[] salt)
    {
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        return (HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, KeyInfo), HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, NonceInfo));
    }

    private static byte[] Header(byte[] salt, int recordSize, byte[] keyId)
    {
        var header = new byte[SaltLength + 5 + keyId.Length];
        salt.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(SaltLength), (uint)recordSize);
        header[SaltLength + 4] = (byte)keyId.Length;
        keyId.CopyTo(header, SaltLength + 5);
        return header;
    }
}
