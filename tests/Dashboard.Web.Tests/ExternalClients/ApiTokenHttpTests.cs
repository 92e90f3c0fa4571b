using System.Net;
using System.Text.Json;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;
using Dashboard.Core.Tokens;
using Dashboard.Sandbox.GitHub;
using Microsoft.Data.Sqlite;

namespace Dashboard.Web.Tests.ExternalClients;

/// <summary>Personal API tokens over real HTTP, with login on: who gets in, who may act, what the database keeps.</summary>
public sealed class ApiTokenHttpTests(ExternalClientApp app) : IClassFixture<ExternalClientApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/status")]
    [InlineData("/metrics")]
    [InlineData("/api/audit")]
    public async Task Get_NoCredentials_Returns401(string path)
    {
        var response = await app.SendAsync(HttpMethod.Get, path, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Status_ViewerToken_Returns200WithTheDocument()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer);

        var response = await app.SendAsync(HttpMethod.Get, "/api/status", token.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("apps").ValueKind);
        Assert.True(body.TryGetProperty("allGreen", out _));
    }

    [Fact]
    public async Task Rollback_ViewerToken_Returns403AndAuditsDenied()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer, name: "widget");

        var response = await app.SendAsync(HttpMethod.Post, "/api/apps/sandbox/Application/argocd/whoami/rollback", token.Secret,
            JsonContent.Create(new { revision = "abc1234" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var audit = await app.SendAsync(HttpMethod.Get, "/api/audit?target=sandbox/ArgoApplication/argocd/whoami&limit=50", token.Secret);
        var rows = await audit.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("user").GetString() == "token:widget" && r.GetProperty("outcome").GetString() == "Denied");
    }

    [Fact]
    public async Task Rollback_OperatorToken_IsCommittedAndAuditedUnderTheTokenName()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Operator, name: "ci");
        var earlier = app.World.GitRepository.Sha(SeedLabels.Whoami1102);
        await EventuallyAsync(() => App("whoami") is { Revision: not null });

        var response = await app.SendAsync(HttpMethod.Post, "/api/apps/sandbox/Application/argocd/whoami/rollback", token.Secret,
            JsonContent.Create(new { revision = earlier }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(app.World.GitRepository.HeadOf(), outcome.GetProperty("commitSha").GetString());
        var audit = await app.SendAsync(HttpMethod.Get, "/api/audit?target=sandbox/ArgoApplication/argocd/whoami&limit=50", token.Secret);
        var rows = await audit.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("user").GetString() == "token:ci" && r.GetProperty("outcome").GetString() == "Committed");
    }

    [Fact]
    public async Task Status_RevokedToken_Returns401WithInvalidTokenChallenge()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Get, "/api/status", token.Secret)).StatusCode);

        Assert.True(await app.Tokens.RevokeAsync(token.Token.Id, "admin@example.com", Token));
        var response = await app.SendAsync(HttpMethod.Get, "/api/status", token.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("revoked", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ExpiredToken_Returns401()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer, expiresAt: app.TokenClock.GetUtcNow().AddDays(30));
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Get, "/api/status", token.Secret)).StatusCode);

        app.TokenClock.Advance(TimeSpan.FromDays(31));
        var response = await app.SendAsync(HttpMethod.Get, "/api/status", token.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("dbt_short")]
    public async Task Status_UnknownOrMalformedToken_Returns401(string secret)
    {
        var response = await app.SendAsync(HttpMethod.Get, "/api/status", secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Status_TokenInQueryOutsideTheHub_IsIgnored()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer);

        var response = await app.SendAsync(HttpMethod.Get, "/api/status?access_token=" + token.Secret, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_Token_DatabaseKeepsOnlyHashAndPrefix()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer, name: "hash check");

        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM ApiTokens WHERE Name = 'hash check'";
        await using var reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await reader.ReadAsync(Token));
        var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToList();
        Assert.DoesNotContain(values, v => v is string s && s.Contains(token.Secret[ApiTokenSecret.PrefixLength..], StringComparison.Ordinal));
        Assert.Equal(ApiTokenSecret.Hash(token.Secret), (byte[])reader["Hash"]);
        Assert.Equal(token.Secret[..ApiTokenSecret.PrefixLength], reader["Prefix"]);
    }

    private AppStatus? App(string name) =>
        app.Services.GetRequiredService<IClusterStore>().Current.Items
            .GetValueOrDefault(new ResourceKey("sandbox", ResourceKind.ArgoApplication, "argocd", name)) as AppStatus;

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100, Token);
        }

        Assert.True(condition(), "condition not reached within 30 s");
    }
}
