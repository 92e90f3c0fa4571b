using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class CertificateMapperTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-23T12:00:00Z");

    private static CertificateStatus Map(string name) =>
        new CertificateMapper().MapTyped(FixtureObjects.Cluster, FixtureObjects.Named(FixtureObjects.Certificates, name));

    [Fact]
    public void Map_EveryFixture_ReadsWithoutUnreadableFields()
    {
        foreach (var name in FixtureObjects.Names(FixtureObjects.Certificates))
        {
            var certificate = Map(name);
            Assert.Equal("ClusterIssuer/letsencrypt-prod", certificate.Issuer);
            Assert.Equal($"{name}-tls", certificate.SecretName);
            Assert.Empty(certificate.UnreadableFields);
        }
    }

    [Fact]
    public void Map_Wildcard_ReadyWithTwoNamesAndFiftySixDaysLeft()
    {
        var certificate = Map("wildcard-home-example-com");

        Assert.Equal(["home.example.com", "*.home.example.com"], certificate.DnsNames);
        Assert.True(certificate.Ready);
        Assert.Equal(56, Math.Round((certificate.NotAfter!.Value - Now).TotalDays));
        Assert.Equal(DateTimeOffset.Parse("2026-12-19T03:13:50Z"), certificate.RenewalTime);
        Assert.False(certificate.Issuing);
    }

    [Fact]
    public void Map_Grafana_ReadyButExpiringWithFailingRenewal()
    {
        var certificate = Map("grafana-home-example-com");

        Assert.True(certificate.Ready);
        Assert.Equal(4.75, (certificate.NotAfter!.Value - Now).TotalDays, 0.01);
        Assert.True(certificate.RenewalTime < Now);
        Assert.False(certificate.Issuing);
        Assert.Equal(3, certificate.FailedIssuanceAttempts);
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T18:04:10Z"), certificate.LastFailureTime);
        Assert.Equal("Failed", certificate.Conditions.Single(c => c.Type == "Issuing").Reason);
    }

    [Fact]
    public void Map_Vaultwarden_ExpiredNotReadyAndIssuing()
    {
        var certificate = Map("vaultwarden-home-example-com");

        Assert.False(certificate.Ready);
        Assert.Equal("Expired", certificate.ReadyReason);
        Assert.Equal("Certificate expired on Sat, 14 Nov 2026 08:00:00 UTC", certificate.ReadyMessage);
        Assert.True(certificate.NotAfter < Now);
        Assert.True(certificate.Issuing);
        Assert.Equal(6, certificate.FailedIssuanceAttempts);
    }

    [Fact]
    public void Map_Jellyfin_NeverIssued()
    {
        var certificate = Map("jellyfin-home-example-com");

        Assert.False(certificate.Ready);
        Assert.Equal("DoesNotExist", certificate.ReadyReason);
        Assert.Null(certificate.NotAfter);
        Assert.Null(certificate.NotBefore);
        Assert.True(certificate.Issuing);
        Assert.Equal(0, certificate.FailedIssuanceAttempts);
    }
}
