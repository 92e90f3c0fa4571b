using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Testing.Web;
using Dashboard.Web.Security;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// In mode None every loopback request is the local Operator, the most CSRF-prone case: another site's page could POST
/// to 127.0.0.1. Unsafe /api requests need a header such a page cannot send, or a bearer token.
/// </summary>
public sealed partial class ApiRequestForgeryTests : IAsyncLifetime
{
    private const string Action = "/api/apps/sandbox/Application/argocd/no-such-app/rollback";
    private readonly DashboardAppFactory _app = new();
    private Uri _baseAddress = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _baseAddress = _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Post_JsonWithoutHeader_400AndNotHandled()
    {
        using var client = new HttpClient { BaseAddress = _baseAddress };

        using var response = await client.PostAsJsonAsync(Action, new { revision = "abc1234" }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(ApiRequestForgeryProtection.HeaderName, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Post_CrossSiteFormShape_400()
    {
        using var client = new HttpClient { BaseAddress = _baseAddress };

        using var response = await client.PostAsync(Action, new FormUrlEncodedContent([new("revision", "abc1234")]), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Requested-With", "fetch")]
    [InlineData("Authorization", "Bearer some-token")]
    public async Task Post_CustomHeaderOrBearer_ReachesTheEndpoint(string header, string value)
    {
        using var client = new HttpClient { BaseAddress = _baseAddress };
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);

        using var response = await client.PostAsJsonAsync(Action, new { revision = "abc1234" }, Token);

        // The endpoint answered: the app is unknown.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_AntiforgeryTokenFromThisSite_ReachesTheEndpoint()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = _baseAddress };
        var form = await client.GetStringAsync("/auth/logout", Token);
        var token = WebUtility.HtmlDecode(HiddenToken().Match(form).Groups[1].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, Action) { Content = JsonContent.Create(new { revision = "abc1234" }) };
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/audit", false)]
    [InlineData("POST", "/api/webhooks/github", false)]
    [InlineData("POST", "/api/apps/c/Application/ns/n/pause", true)]
    [InlineData("DELETE", "/api/tokens/1", true)]
    [InlineData("POST", "/auth/logout", false)]
    public void AppliesTo_MethodAndPath_OnlyUnsafeApiCalls(string method, string path, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;

        Assert.Equal(expected, ApiRequestForgeryProtection.AppliesTo(context.Request));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenToken();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
