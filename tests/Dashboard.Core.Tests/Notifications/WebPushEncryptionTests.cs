using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Notifications.WebPush;

namespace Dashboard.Core.Tests.Notifications;

/// <summary>The RFCs' own test vectors, byte for byte.</summary>
public sealed class WebPushEncryptionTests
{
    // RFC 8291 appendix A (section 5 shows the same message).
    private const string Plaintext = "When I grow up, I want to be a watermelon";
    private const string AsPublic = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private const string AsPrivate = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private const string UaPublic = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private const string UaPrivate = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private const string AuthSecret = "BTBZMqHH6r4Tts7J_aSIgg";
    private const string Salt = "DGv6ra1nlYgDCS1FRnbzlw";
    private const string Message =
        "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    [Fact]
    public void Encrypt_Rfc8291AppendixA_ReproducesTheMessageByteForByte()
    {
        using var applicationServer = ECDiffieHellman.Create(P256.ImportUncompressed(Base64Url.Decode(AsPublic), Base64Url.Decode(AsPrivate)));

        var message = WebPushEncryption.Encrypt(Base64Url.Decode(UaPublic), Base64Url.Decode(AuthSecret),
            Encoding.UTF8.GetBytes(Plaintext), applicationServer, Base64Url.Decode(Salt));

        Assert.Equal(Message, Base64Url.Encode(message));
    }

    [Fact]
    public void Decrypt_Rfc8291AppendixA_WithUserAgentKey_GivesThePlaintext()
    {
        using var userAgent = ECDiffieHellman.Create(P256.ImportUncompressed(Base64Url.Decode(UaPublic), Base64Url.Decode(UaPrivate)));

        var plain = WebPushEncryption.Decrypt(Base64Url.Decode(Message), userAgent, Base64Url.Decode(AuthSecret));

        Assert.Equal(Plaintext, Encoding.UTF8.GetString(plain));
    }

    [Fact]
    public void Encrypt_RandomKeyAndSalt_RoundTripsAndDiffersEachTime()
    {
        using var userAgent = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var uaPublic = P256.ExportUncompressed(userAgent.ExportParameters(false));
        var auth = RandomNumberGenerator.GetBytes(16);

        var first = WebPushEncryption.Encrypt(uaPublic, auth, "hello"u8);
        var second = WebPushEncryption.Encrypt(uaPublic, auth, "hello"u8);

        Assert.NotEqual(first, second);
        Assert.Equal("hello", Encoding.UTF8.GetString(WebPushEncryption.Decrypt(first, userAgent, auth)));
    }

    [Fact]
    public void Encrypt_Rfc8188Section3_1_ReproducesTheExample()
    {
        var message = Aes128GcmEncoding.Encrypt(Base64Url.Decode("yqdlZ-tYemfogSmv7Ws5PQ"), Base64Url.Decode("I1BsxtFttlv3u_Oo94xnmw"), [],
            "I am the walrus"u8, recordSize: 4096);

        Assert.Equal("I1BsxtFttlv3u_Oo94xnmwAAEAAA-NAVub2qFgBEuQKRapoZu-IxkIva3MEB1PD-ly8Thjg", Base64Url.Encode(message));
    }

    [Fact]
    public void Decrypt_TamperedCiphertext_Throws()
    {
        using var userAgent = ECDiffieHellman.Create(P256.ImportUncompressed(Base64Url.Decode(UaPublic), Base64Url.Decode(UaPrivate)));
        var message = Base64Url.Decode(Message);
        message[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => WebPushEncryption.Decrypt(message, userAgent, Base64Url.Decode(AuthSecret)));
    }

    [Fact]
    public void Encrypt_WithPadding_DecryptsToThePlaintext()
    {
        var key = RandomNumberGenerator.GetBytes(16);
        var salt = RandomNumberGenerator.GetBytes(16);

        var message = Aes128GcmEncoding.Encrypt(key, salt, [], "short"u8, padding: 100);

        Assert.Equal(21 + 5 + 1 + 100 + 16, message.Length);
        Assert.Equal("short", Encoding.UTF8.GetString(Aes128GcmEncoding.Decrypt(message, _ => key)));
    }
}
