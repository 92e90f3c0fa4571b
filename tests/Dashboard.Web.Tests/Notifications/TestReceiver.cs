using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Web.Tests.Notifications;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1:0 (Kestrel) that records every request and answers with the
/// status the test scripts: by default 200; <see cref="Respond"/> can fail, delay or hang.
/// </summary>
internal sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedRequest> _received = Channel.CreateUnbounded<ReceivedRequest>();
    private readonly CancellationTokenSource _closing = new();
    private int _count;

    private TestReceiver(WebApplication app) => _app = app;

    /// <summary>Given the request and its 1-based number, returns the status to answer.</summary>
    public Func<ReceivedRequest, int, CancellationToken, Task<int>> Respond { get; set; } = (_, _, _) => Task.FromResult(200);

    public Uri BaseAddress { get; private set; } = null!;

    public int Count => Volatile.Read(ref _count);

    public static async Task<TestReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TestReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address + "/");
        return receiver;
    }

    /// <summary>The next request, waiting at most <paramref name="timeout"/> (a bound, not a measurement).</summary>
    public async Task<ReceivedRequest> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            return await _received.Reader.ReadAsync(bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No request reached {BaseAddress} within {timeout.TotalSeconds} s.");
        }
    }

    public bool TryTake(out ReceivedRequest? request)
    {
        var found = _received.Reader.TryRead(out var r);
        request = r;
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _app.StopAsync(TimeSpan.FromSeconds(5));
        await _app.DisposeAsync();
        _closing.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new ReceivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, buffer.ToArray());
        var number = Interlocked.Increment(ref _count);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            var status = await Respond(request, number, linked.Token);
            _received.Writer.TryWrite(request);
            context.Response.StatusCode = status;
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }
}
