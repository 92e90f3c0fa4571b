using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class TlsSecretParserTests
{
    private static readonly ResourceKey Key = new("home", ResourceKind.TlsSecret, "media", "jellyfin-tls");
    private static readonly DateTimeOffset FetchedAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NotBefore = new(2026, 10, 20, 3, 13, 51, TimeSpan.Zero);
    private static readonly DateTimeOffset NotAfter = new(2027, 1, 18, 3, 13, 50, TimeSpan.Zero);

    [Fact]
    public void Parse_ChainLeafFirst_ReadsLeafFacts()
    {
        var pem = ChainPem(["jellyfin.home.example.com", "*.home.example.com"]);

        var status = TlsSecretParser.Parse(Key, Secret(pem), ["Certificate/jellyfin"], FetchedAt);

        Assert.Equal(TlsSecretState.Read, status.State);
        Assert.Equal(NotBefore, status.NotBefore);
        Assert.Equal(NotAfter, status.NotAfter);
        Assert.Equal("CN=jellyfin.home.example.com", status.Subject);
        Assert.Equal("CN=Test CA", status.Issuer);
        Assert.Equal(["jellyfin.home.example.com", "*.home.example.com"], status.DnsNames);
        Assert.Equal(["Certificate/jellyfin"], status.ReferencedBy);
        Assert.Equal(FetchedAt, status.FetchedAt);
        Assert.Null(status.Message);
    }

    [Fact]
    public void Parse_SingleDerCertificate_ReadsIt()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=nas", key, HashAlgorithmName.SHA256).CreateSelfSigned(NotBefore, NotAfter);

        var status = TlsSecretParser.Parse(Key, Secret(certificate.RawData), [], FetchedAt);

        Assert.Equal(TlsSecretState.Read, status.State);
        Assert.Equal(NotAfter, status.NotAfter);
        Assert.Empty(status.DnsNames);
    }

    [Fact]
    public void Parse_OpaqueSecretWithoutTlsCrt_UnreadableNamingTheType()
    {
        using var document = JsonDocument.Parse("""{"apiVersion":"v1","kind":"Secret","type":"Opaque","data":{"password":"aHVudGVyMg=="}}""");

        var status = TlsSecretParser.Parse(Key, document.RootElement, [], FetchedAt);

        Assert.Equal(TlsSecretState.Unreadable, status.State);
        Assert.Contains("no data.tls.crt", status.Message, StringComparison.Ordinal);
        Assert.Contains("type Opaque", status.Message, StringComparison.Ordinal);
        Assert.Null(status.NotAfter);
    }

    [Theory]
    [InlineData("not base64 at all!", "not base64")]
    [InlineData("LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUIKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=", "no PEM CERTIFICATE block")]
    [InlineData("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=", "not a valid certificate")]
    public void Parse_BrokenTlsCrt_UnreadableWithReason(string tlsCrt, string reason)
    {
        using var document = JsonDocument.Parse($$$"""{"type":"kubernetes.io/tls","data":{"tls.crt":"{{{tlsCrt}}}"}}""");

        var status = TlsSecretParser.Parse(Key, document.RootElement, [], FetchedAt);

        Assert.Equal(TlsSecretState.Unreadable, status.State);
        Assert.Contains(reason, status.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"data":"nope"}""")]
    [InlineData("""{"data":{"tls.crt":42}}""")]
    public void Parse_MalformedObject_UnreadableNotThrown(string json)
    {
        using var document = JsonDocument.Parse(json);

        var status = TlsSecretParser.Parse(Key, document.RootElement, [], FetchedAt);

        Assert.Equal(TlsSecretState.Unreadable, status.State);
        Assert.Equal(Key, status.Key);
    }

    private static string ChainPem(IReadOnlyList<string> dnsNames)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(NotBefore.AddYears(-1), NotAfter.AddYears(1));
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest($"CN={dnsNames[0]}", leafKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            names.AddDnsName(name);
        }

        leafRequest.CertificateExtensions.Add(names.Build());
        using var leaf = leafRequest.Create(ca, NotBefore, NotAfter, [1, 2, 3, 4]);
        return leaf.ExportCertificatePem() + "\n" + ca.ExportCertificatePem() + "\n";
    }

    private static JsonElement Secret(string pem) => Secret(Encoding.ASCII.GetBytes(pem));

    private static JsonElement Secret(byte[] tlsCrt)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["type"] = "kubernetes.io/tls",
            ["data"] = new Dictionary<string, string> { ["tls.crt"] = Convert.ToBase64String(tlsCrt), ["tls.key"] = "c2VjcmV0" },
        });
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
