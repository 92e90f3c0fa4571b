using System.Net;
using Dashboard.Web.Tests.Authentication;

namespace Dashboard.Web.Tests.Security;

/// <summary>/status needs the same sign-in as the live pages; the manifest and icons stay public (browsers fetch them without cookies).</summary>
public sealed class StatusPageAuthTests(CloudflareAccessApp app) : IClassFixture<CloudflareAccessApp>
{
    [Fact]
    public async Task Status_WithoutToken_Refused()
    {
        using var response = await app.GetAsync("/status", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Status_Viewer_Served()
    {
        using var response = await app.GetAsync("/status", app.Token(email: "ana@example.com", groups: ["family"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("status-verdict", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/manifest.webmanifest")]
    [InlineData("/icons/icon-192.png")]
    [InlineData("/css/status.css")]
    public async Task HomeScreenFiles_WithoutToken_Served(string path)
    {
        using var response = await app.GetAsync(path, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
