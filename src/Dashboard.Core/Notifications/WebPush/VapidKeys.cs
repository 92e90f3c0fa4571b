using System.Security.Cryptography;

namespace Dashboard.Core.Notifications.WebPush;

/// <summary>The application server's long-lived P-256 key pair (RFC 8292); the public half is the page's applicationServerKey.</summary>
public sealed record VapidKeys(byte[] PublicKey, byte[] PrivateKey)
{
    public string PublicKeyBase64Url => Base64Url.Encode(PublicKey);

    public static VapidKeys Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(true);
        return new VapidKeys(P256.ExportUncompressed(parameters), parameters.D!);
    }

    public ECDsa CreateSigner() => ECDsa.Create(P256.ImportUncompressed(PublicKey, PrivateKey));
}
