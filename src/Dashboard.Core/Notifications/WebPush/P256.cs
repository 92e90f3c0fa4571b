using System.Security.Cryptography;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>Conversions between the uncompressed point form (0x04 | X | Y, 65 bytes) used on the wire and .NET's parameters.</summary>
public static class P256
{
    public const int PublicKeyLength = 65;

    public static ECParameters ImportUncompressed(byte[] point, byte[]? privateKey = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Length != PublicKeyLength || point[0] != 0x04)
        {
            throw new CryptographicException($"Expected an uncompressed P-256 point of {PublicKeyLength} bytes starting with 0x04.");
        }

        return new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..] },
            D = privateKey,
        };
    }

    public static byte[] ExportUncompressed(ECParameters parameters)
    {
        var point = new byte[PublicKeyLength];
        point[0] = 0x04;
        parameters.Q.X!.CopyTo(point, 1);
        parameters.Q.Y!.CopyTo(point, 33);
        return point;
    }

    /// <summary>A private key alone (the RFC vectors give only d): .NET derives the public point from it.</summary>
    public static ECParameters FromPrivateKey(byte[] d) => new() { Curve = ECCurve.NamedCurves.nistP256, D = d };
}
