using System.Net;
using System.Text.Json;

namespace Dashboard.Web.Tests.Authentication;

public sealed class CloudflareAccessTests(CloudflareAccessApp app) : IClassFixture<CloudflareAccessApp>
{
    [Fact]
    public async Task Me_ValidTokenOfListedOperator_ReturnsUserWithOperatorRole()
    {
        var response = await app.GetAsync("/auth/me", app.Token(email: "ops@example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("ops@example.com", me.GetProperty("name").GetString());
        Assert.Equal(["Viewer", "Operator"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(app.Time.GetUtcNow().AddHours(1).ToUnixTimeSeconds(), me.GetProperty("sessionExpires").GetDateTimeOffset().ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("family", "Viewer")]
    [InlineData("dashboard-admins", "Viewer,Operator,Admin")]
    public async Task Me_GroupsClaim_MapsToRoles(string group, string expectedRoles)
    {
        var response = await app.GetAsync("/auth/me", app.Token(groups: [group, "unrelated"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(expectedRoles, string.Join(",", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
    }

    [Fact]
    public async Task Overview_SignedInWithoutMappedRole_Returns403()
    {
        // Viewers are listed, and ana@example.com is in none of the lists.
        var response = await app.GetAsync("/", app.Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Overview_ViewerToken_RendersThePage()
    {
        var response = await app.GetAsync("/", app.Token(groups: ["family"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"user-role\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/auth/me")]
    [InlineData("/apps")]
    public async Task Get_MissingHeader_Returns401WithoutRedirect(string path)
    {
        var response = await app.GetAsync(path, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/css/app.css")]
    [InlineData("/auth/signed-out")]
    public async Task Get_PublicPathWithoutHeader_IsServed(string path)
    {
        var response = await app.GetAsync(path, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Me_ExpiredBeyondClockSkew_Returns401()
    {
        var response = await app.GetAsync("/auth/me", app.Token(email: "ops@example.com", expiresIn: TimeSpan.FromMinutes(-2)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_ExpiredWithinClockSkew_IsAccepted()
    {
        var response = await app.GetAsync("/auth/me", app.Token(email: "ops@example.com", expiresIn: TimeSpan.FromSeconds(-30)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Me_WrongAudience_Returns401()
    {
        var response = await app.GetAsync("/auth/me", app.Token(email: "ops@example.com", audience: "another-application-aud"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WrongIssuer_Returns401()
    {
        var response = await app.GetAsync("/auth/me", app.Token(email: "ops@example.com", issuer: "https://otherteam.cloudflareaccess.com"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_SignedByUnpublishedKey_Returns401()
    {
        var response = await app.GetAsync("/auth/me", app.Token(key: app.Stranger, email: "ops@example.com"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_NotAJwt_Returns401()
    {
        var response = await app.GetAsync("/auth/me", "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
