using System.Security.Claims;
using Dashboard.Web.Authentication;

namespace Dashboard.Web.Tests.Authentication;

public sealed class SessionExpiryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsCurrent_BeforeStampedEnd_True() => Assert.True(SessionExpiry.IsCurrent(User(Now.AddMinutes(1)), Now));

    [Fact]
    public void IsCurrent_AtOrAfterStampedEnd_False()
    {
        Assert.False(SessionExpiry.IsCurrent(User(Now), Now));
        Assert.False(SessionExpiry.IsCurrent(User(Now.AddMinutes(-5)), Now));
    }

    [Fact]
    public void IsCurrent_NoStamp_TrueForSignedInAndFalseForAnonymous()
    {
        Assert.True(SessionExpiry.IsCurrent(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "local")], "Local")), Now));
        Assert.False(SessionExpiry.IsCurrent(new ClaimsPrincipal(new ClaimsIdentity()), Now));
    }

    private static ClaimsPrincipal User(DateTimeOffset expires) =>
        new(new ClaimsIdentity([new Claim(DashboardClaimTypes.SessionExpires, expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));
}
