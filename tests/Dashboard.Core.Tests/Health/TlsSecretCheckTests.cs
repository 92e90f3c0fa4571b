using Dashboard.Core.Cluster;
using Dashboard.Core.Health;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Health;

public sealed class TlsSecretCheckTests
{
    private static readonly CertificateStatus Wildcard = Snapshots.Certificate("wildcard", TimeSpan.FromDays(56)) with { SecretName = "wildcard-tls" };

    [Theory]
    [InlineData(0, SecretMatch.Matches)]
    [InlineData(-30, SecretMatch.NotYetRotated)]
    [InlineData(5, SecretMatch.Differs)]
    public void Compare_SecretNotAfterAgainstStatus_Classifies(int daysOff, SecretMatch expected)
    {
        var secret = Read("wildcard-tls", Wildcard.NotAfter!.Value.AddDays(daysOff), "Certificate/wildcard");

        Assert.Equal(expected, TlsSecretCheck.Compare(Wildcard, secret));
    }

    [Theory]
    [InlineData(TlsSecretState.NotFound, SecretMatch.Missing)]
    [InlineData(TlsSecretState.Forbidden, SecretMatch.Forbidden)]
    [InlineData(TlsSecretState.Unreadable, SecretMatch.Unreadable)]
    [InlineData(TlsSecretState.Failed, SecretMatch.Unreadable)]
    [InlineData(TlsSecretState.Pending, SecretMatch.NotRead)]
    public void Compare_SecretNotRead_SaysWhy(TlsSecretState state, SecretMatch expected)
    {
        var secret = new TlsSecretStatus { Key = Snapshots.Key(ResourceKind.TlsSecret, "wildcard-tls"), State = state };

        Assert.Equal(expected, TlsSecretCheck.Compare(Wildcard, secret));
        Assert.Equal(SecretMatch.NotRead, TlsSecretCheck.Compare(Wildcard, null));
    }

    [Fact]
    public void Evaluate_SecretNotRotatedAndPlainSecretExpiring_BothReported()
    {
        var snapshot = Snapshots.Of(
            Wildcard,
            Read("wildcard-tls", Wildcard.NotAfter!.Value.AddDays(-30), "Certificate/wildcard"),
            Read("nas-tls", Snapshots.Now.AddDays(3), "Ingress/nas"));

        var report = new ProblemFinder(new FakeTimeProvider(Snapshots.Now)).Evaluate(snapshot);

        var titles = report.Problems.Select(p => $"{p.Key?.Kind} {p.Key?.Name} {p.Title}").ToList();
        Assert.Contains("Certificate wildcard TLS secret not rotated", titles);
        Assert.Contains("TlsSecret nas-tls Certificate expires in 3 days", titles);
        Assert.Equal(2, report.Counts.Certificates); // the Certificate and the plain TLS secret
    }

    [Fact]
    public void PlainCertificates_OnlySecretsWithoutCertificate()
    {
        var snapshot = Snapshots.Of(
            Read("wildcard-tls", Snapshots.Now.AddDays(56), "Certificate/wildcard", "Ingress/web"),
            Read("nas-tls", Snapshots.Now.AddDays(100), "Ingress/nas"));

        var plain = Assert.Single(TlsSecretCheck.PlainCertificates(snapshot));

        Assert.Equal(ResourceKind.TlsSecret, plain.Key.Kind);
        Assert.Equal("nas-tls", plain.SecretName);
        Assert.Equal(Snapshots.Now.AddDays(100), plain.NotAfter);
        Assert.Null(plain.Ready);
    }

    private static TlsSecretStatus Read(string name, DateTimeOffset notAfter, params string[] referencedBy) => new()
    {
        Key = Snapshots.Key(ResourceKind.TlsSecret, name),
        State = TlsSecretState.Read,
        NotBefore = notAfter.AddDays(-90),
        NotAfter = notAfter,
        ReferencedBy = referencedBy,
    };
}
