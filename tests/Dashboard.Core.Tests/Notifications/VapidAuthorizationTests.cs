using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Notifications.WebPush;
using Dashboard.Core.Tests.Health;

namespace Dashboard.Core.Tests.Notifications;

public sealed class VapidAuthorizationTests
{
    private static readonly Uri Endpoint = new("https://push.example.net:8443/wpush/v2/abc?x=1");

    [Fact]
    public void CreateHeader_Token_VerifiesWithThePublicKeyAndCarriesTheClaims()
    {
        var keys = VapidKeys.Generate();

        var header = VapidAuthorization.CreateHeader(keys, Endpoint, "mailto:ops@example.org", Snapshots.Now);

        var match = System.Text.RegularExpressions.Regex.Match(header, "^vapid t=([^,]+), k=(.+)$");
        Assert.True(match.Success, header);
        Assert.Equal(keys.PublicKeyBase64Url, match.Groups[2].Value);
        var parts = match.Groups[1].Value.Split('.');
        Assert.Equal(3, parts.Length);

        using var verifier = ECDsa.Create(P256.ImportUncompressed(Base64Url.Decode(match.Groups[2].Value)));
        var signature = Base64Url.Decode(parts[2]);
        Assert.Equal(64, signature.Length); // r|s, not DER
        Assert.True(verifier.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        using var jwtHeader = JsonDocument.Parse(Base64Url.Decode(parts[0]));
        Assert.Equal("ES256", jwtHeader.RootElement.GetProperty("alg").GetString());
        using var claims = JsonDocument.Parse(Base64Url.Decode(parts[1]));
        Assert.Equal("https://push.example.net:8443", claims.RootElement.GetProperty("aud").GetString());
        Assert.Equal("mailto:ops@example.org", claims.RootElement.GetProperty("sub").GetString());
        var exp = DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64());
        Assert.True(exp > Snapshots.Now && exp <= Snapshots.Now.AddHours(24), $"exp {exp:o}");
    }

    [Fact]
    public void CreateToken_TamperedClaims_FailVerification()
    {
        var keys = VapidKeys.Generate();
        var parts = VapidAuthorization.CreateToken(keys, Endpoint, "https://example.org/contact", Snapshots.Now).Split('.');
        var forged = Base64Url.Encode("""{"aud":"https://evil.example","exp":1,"sub":"mailto:x@y"}"""u8);

        using var verifier = ECDsa.Create(P256.ImportUncompressed(keys.PublicKey));
        Assert.False(verifier.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + forged), Base64Url.Decode(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Theory]
    [InlineData("ops@example.org")]
    [InlineData("http://example.org")]
    [InlineData("")]
    public void CreateToken_BadSubject_Throws(string subject)
    {
        Assert.Throws<ArgumentException>(() => VapidAuthorization.CreateToken(VapidKeys.Generate(), Endpoint, subject, Snapshots.Now));
    }

    [Fact]
    public void CreateToken_LifetimeOver24Hours_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VapidAuthorization.CreateToken(VapidKeys.Generate(), Endpoint,
            "mailto:a@b.c", Snapshots.Now, TimeSpan.FromHours(25)));
    }

    [Fact]
    public void LoadOrCreate_SecondCall_ReturnsTheSamePairFromTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "vapid-" + Guid.NewGuid().ToString("N"), "vapid.json");
        try
        {
            var first = VapidKeyFile.LoadOrCreate(path);
            var second = VapidKeyFile.LoadOrCreate(path);

            Assert.Equal(first.PublicKey, second.PublicKey);
            Assert.Equal(first.PrivateKey, second.PrivateKey);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void LoadOrCreate_DamagedFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "vapid-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\"publicKey\":\"abc\"}");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => VapidKeyFile.LoadOrCreate(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
