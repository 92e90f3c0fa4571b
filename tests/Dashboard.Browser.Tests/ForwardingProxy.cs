using System.Net;
using Microsoft.AspNetCore.Http.Extensions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A minimal reverse proxy on 127.0.0.1 standing in for Cloudflare Tunnel: passes every request to the dashboard and
/// adds X-Forwarded-Proto=https, X-Forwarded-Host=<see cref="PublicHost"/> and X-Forwarded-For, as cloudflared does.
/// </summary>
public sealed class ForwardingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private ForwardingProxy(WebApplication app, HttpClient client, string publicHost)
    {
        _app = app;
        _client = client;
        PublicHost = publicHost;
    }

    public string PublicHost { get; }

    public Uri Address { get; private set; } = null!;

    public static async Task<ForwardingProxy> StartAsync(Uri target, string publicHost, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = target };
        var proxy = new ForwardingProxy(app, client, publicHost);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync(cancellationToken);
        proxy.Address = new Uri(app.Urls.First());
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.GetEncodedPathAndQuery());
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", PublicHost);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", context.Connection.RemoteIpAddress?.ToString());

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }
}
