using Dashboard.Testing;
using Dashboard.Testing.Web;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Web.Tests.Authentication;

public sealed class SessionKeysTests
{
    [Fact]
    public async Task Restart_SameDataVolume_CookiesFromBeforeStillReadable()
    {
        using var volume = new TempDirectory("dashboard-volume");
        var settings = new Dictionary<string, string?> { ["Dashboard:Data:Path"] = volume.File("dashboard.db") };
        string sealedCookie;
        await using (var before = new DashboardAppFactory(settings))
        {
            before.Start();
            sealedCookie = Protector(before).Protect("session of ana");
        }

        await using var after = new DashboardAppFactory(settings);
        after.Start();

        Assert.Equal("session of ana", Protector(after).Unprotect(sealedCookie));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(volume.Path, "keys"), "key-*.xml"));
    }

    private static IDataProtector Protector(DashboardAppFactory app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
}
