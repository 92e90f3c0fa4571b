using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Dashboard.Core.Tokens;
using Dashboard.Web.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dashboard.Web.Tests.ExternalClients;

/// <summary>A .NET SignalR client on /hubs/status: snapshot on connect, then a change made in the Kubernetes emulator.</summary>
public sealed class StatusHubTests(ExternalClientApp app) : IClassFixture<ExternalClientApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task Connect_ViewerToken_ReceivesSnapshotThenTheEmulatorChange(HttpTransportType transport)
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer, name: "hub " + transport);
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        var changes = Channel.CreateUnbounded<JsonElement>();
        await using var connection = Connect(transport, token.Secret);
        connection.On<JsonElement>("snapshot", s => snapshots.Writer.TryWrite(s));
        connection.On<JsonElement>("changes", c => changes.Writer.TryWrite(c));

        await connection.StartAsync(Token);
        var snapshot = await ReadAsync(snapshots, _ => true);
        Assert.Equal(JsonValueKind.Array, snapshot.GetProperty("apps").ValueKind);
        await EventuallyHasAppAsync("home-assistant");

        // Missing is a health the sandbox's own simulator never sets, so the change is ours.
        await PatchApplicationHealthAsync("home-assistant", "Missing");

        var change = await ReadAsync(changes, c => c.TryGetProperty("apps", out var apps) &&
            apps.GetProperty("upserted").EnumerateArray().Any(a => a.GetProperty("key").GetProperty("name").GetString() == "home-assistant" &&
                a.GetProperty("health").GetString() == "Missing"));
        Assert.True(change.GetProperty("version").GetInt64() > 0);
        await PatchApplicationHealthAsync("home-assistant", "Healthy");
    }

    [Fact]
    public async Task Disconnect_Client_ReleasesItsStoreSubscription()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer, name: "short-lived");
        var feeds = app.Services.GetRequiredService<StatusHubFeeds>();
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        var connection = Connect(HttpTransportType.WebSockets, token.Secret);
        connection.On<JsonElement>("snapshot", s => snapshots.Writer.TryWrite(s));
        await connection.StartAsync(Token);
        await ReadAsync(snapshots, _ => true);
        Assert.Equal(1, feeds.Count);

        await connection.DisposeAsync();

        for (var i = 0; i < 100 && feeds.Count > 0; i++)
        {
            await Task.Delay(100, Token);
        }

        Assert.Equal(0, feeds.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("dbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Connect_NoOrUnknownToken_FailsWith401(string? secret)
    {
        await using var connection = Connect(HttpTransportType.WebSockets, secret);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(Token));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Negotiate_TokenInQueryOnHubPath_IsAccepted()
    {
        var token = await app.CreateTokenAsync(ApiTokenRole.Viewer);

        var response = await app.SendAsync(HttpMethod.Post, "/hubs/status/negotiate?negotiateVersion=1&access_token=" + token.Secret, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HubConnection Connect(HttpTransportType transport, string? secret) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.BaseAddress, "hubs/status"), transport, o =>
        {
            if (secret is not null)
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(secret);
            }
        })
        .Build();

    private static async Task<JsonElement> ReadAsync(Channel<JsonElement> channel, Func<JsonElement, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var message = await channel.Reader.ReadAsync(timeout.Token);
            if (match(message))
            {
                return message;
            }
        }
    }

    private async Task EventuallyHasAppAsync(string name)
    {
        for (var i = 0; i < 300; i++)
        {
            var store = app.Services.GetRequiredService<Dashboard.Core.Streaming.IClusterStore>();
            if (store.Current.Apps.Any(a => a.Key.Name == name))
            {
                return;
            }

            await Task.Delay(100, Token);
        }

        Assert.Fail($"{name} never appeared in the store");
    }

    /// <summary>A merge patch straight to the emulator, as kubectl patch --type=merge sends it (Argo CD apps have no status subresource).</summary>
    private async Task PatchApplicationHealthAsync(string name, string health)
    {
        var emulator = app.World.Kubernetes;
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == emulator.Certificate.Thumbprint };
        using var client = new HttpClient(handler) { BaseAddress = emulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"apis/argoproj.io/v1alpha1/namespaces/argocd/applications/{name}")
        {
            Content = new StringContent("{\"status\":{\"health\":{\"status\":\"" + health + "\"}}}", Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Options.Token);
        var response = await client.SendAsync(request, Token);
        Assert.True(response.IsSuccessStatusCode, $"patch failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
    }
}
