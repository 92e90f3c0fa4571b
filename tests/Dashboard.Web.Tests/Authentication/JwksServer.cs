using System.Net;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>A tiny HTTP server on 127.0.0.1 that plays the team's /cdn-cgi/access/certs; the keys it serves can be rotated.</summary>
public sealed class JwksServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile string _json;
    private int _requests;

    private JwksServer(WebApplication app, string json)
    {
        _app = app;
        _json = json;
    }

    public Uri CertsUri { get; private set; } = null!;

    public int Requests => _requests;

    public static async Task<JwksServer> StartAsync(params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new JwksServer(app, TestSigningKey.JwksJson(keys));
        app.MapGet("/cdn-cgi/access/certs", () =>
        {
            Interlocked.Increment(ref server._requests);
            return Results.Text(server._json, "application/json");
        });
        await app.StartAsync();
        server.CertsUri = new Uri(new Uri(app.Urls.First()), "/cdn-cgi/access/certs");
        return server;
    }

    public void Serve(params TestSigningKey[] keys) => _json = TestSigningKey.JwksJson(keys);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
