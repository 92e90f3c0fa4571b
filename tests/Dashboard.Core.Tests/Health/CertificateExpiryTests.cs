using Dashboard.Core.Health;

namespace Dashboard.Core.Tests.Health;

public sealed class CertificateExpiryTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(31 * 24 * 3600, CertificateUrgency.Ok)]
    [InlineData(30 * 24 * 3600 + 1, CertificateUrgency.Ok)]
    [InlineData(30 * 24 * 3600, CertificateUrgency.Notice)]
    [InlineData(14 * 24 * 3600 + 1, CertificateUrgency.Notice)]
    [InlineData(14 * 24 * 3600, CertificateUrgency.Warning)]
    [InlineData(7 * 24 * 3600 + 1, CertificateUrgency.Warning)]
    [InlineData(7 * 24 * 3600, CertificateUrgency.Critical)]
    [InlineData(1, CertificateUrgency.Critical)]
    [InlineData(0, CertificateUrgency.Expired)]
    [InlineData(-1, CertificateUrgency.Expired)]
    public void Classify_AtThresholdEdges_PicksBand(int secondsLeft, CertificateUrgency expected)
    {
        var certificate = Snapshots.Certificate("c", TimeSpan.FromSeconds(secondsLeft));

        Assert.Equal(expected, CertificateExpiry.Classify(certificate, Snapshots.Now));
    }

    [Fact]
    public void Classify_NeverIssued_Unknown()
    {
        Assert.Equal(CertificateUrgency.Unknown, CertificateExpiry.Classify(Snapshots.Certificate("c", null, ready: false), Snapshots.Now));
        Assert.Null(CertificateExpiry.DaysLeft(Snapshots.Certificate("c", null), Snapshots.Now));
    }

    [Theory]
    [InlineData(4.75, 4)]
    [InlineData(1.0, 1)]
    [InlineData(0.5, 0)]
    [InlineData(-0.5, -1)]
    [InlineData(-9.16, -10)]
    public void DaysLeft_RoundsDown(double daysLeft, int expected)
    {
        var certificate = Snapshots.Certificate("c", TimeSpan.FromDays(daysLeft));

        Assert.Equal(expected, CertificateExpiry.DaysLeft(certificate, Snapshots.Now));
    }

    [Fact]
    public void IsRenewalOverdue_RenewalTimeInThePastBeyondGrace_True()
    {
        var certificate = Snapshots.Certificate("c", TimeSpan.FromDays(5)) with { RenewalTime = Snapshots.Now - TimeSpan.FromDays(25) };

        Assert.True(CertificateExpiry.IsRenewalOverdue(certificate, Snapshots.Now));
    }

    [Fact]
    public void IsRenewalOverdue_AtGraceEdge_OnlyAfterGrace()
    {
        var grace = CertificateExpiry.DefaultRenewalGrace;
        var atEdge = Snapshots.Certificate("c", TimeSpan.FromDays(20)) with { RenewalTime = Snapshots.Now - grace };
        var pastEdge = atEdge with { RenewalTime = Snapshots.Now - grace - Second };

        Assert.False(CertificateExpiry.IsRenewalOverdue(atEdge, Snapshots.Now));
        Assert.True(CertificateExpiry.IsRenewalOverdue(pastEdge, Snapshots.Now));
    }

    [Fact]
    public void IsRenewalOverdue_RenewedCertificateWithFutureRenewalTime_False()
    {
        Assert.False(CertificateExpiry.IsRenewalOverdue(Snapshots.Certificate("c", TimeSpan.FromDays(60)), Snapshots.Now));
    }

    [Fact]
    public void IsRenewalOverdue_AlreadyExpired_FalseBecauseExpiryIsReportedInstead()
    {
        var expired = Snapshots.Certificate("c", TimeSpan.FromDays(-3));

        Assert.False(CertificateExpiry.IsRenewalOverdue(expired, Snapshots.Now));
    }
}
