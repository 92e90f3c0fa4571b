using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>
/// A tiny HTTP server on 127.0.0.1:0 that answers each path with a recorded kube-wire response,
/// writing a watch body line by line with a flush after each (one chunk per event, as the real server does).
/// </summary>
internal sealed class RecordedApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordedApiServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<RecordedApiServer> StartAsync(IReadOnlyDictionary<string, RecordedExchange> byPath, Dictionary<string, string>? extraHeaders = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        RecordedApiServer? server = null;
        app.Run(async context =>
        {
            server!.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            if (!byPath.TryGetValue(context.Request.Path, out var exchange))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("404 page not found\n");
                return;
            }

            context.Response.StatusCode = (int)exchange.Status;
            context.Response.ContentType = exchange.ContentType;
            foreach (var (name, value) in extraHeaders ?? [])
            {
                context.Response.Headers[name] = value;
            }

            foreach (var line in exchange.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                await context.Response.WriteAsync(line + "\n");
                await context.Response.Body.FlushAsync();
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new RecordedApiServer(app, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
