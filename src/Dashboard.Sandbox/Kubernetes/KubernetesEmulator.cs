using System.Net;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Sandbox.Kubernetes.Http;
using Dashboard.Sandbox.Kubernetes.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>
/// A Kubernetes API server emulator on 127.0.0.1 speaking the real wire format
/// (../shared/reference/kube-wire), so the dashboard, KubernetesClient and kubectl talk real HTTP to it.
/// <see cref="Store"/> is the same store the HTTP API uses; <see cref="Faults"/> breaks it on purpose.
/// </summary>
public sealed class KubernetesEmulator : IAsyncDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private WebApplication? _app;

    private KubernetesEmulator(KubernetesEmulatorOptions options, ILoggerFactory loggerFactory)
    {
        Options = options;
        _loggerFactory = loggerFactory;
        Registry = new ResourceRegistry();
        Store = new ObjectStore(Registry, options.TimeProvider, options.HistoryLimit);
        Faults = new EmulatorFaults(Store);
    }

    public Uri BaseAddress { get; private set; } = new("https://127.0.0.1/");

    public KubernetesEmulatorOptions Options { get; }

    /// <summary>The self-signed server certificate (also the kubeconfig's certificate-authority-data).</summary>
    public X509Certificate2 Certificate => LoopbackCertificate.Certificate;

    public ResourceRegistry Registry { get; }

    public ObjectStore Store { get; }

    public EmulatorFaults Faults { get; }

    public RequestLog Requests { get; } = new();

    public static Task<KubernetesEmulator> StartAsync(ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default) =>
        StartAsync(new KubernetesEmulatorOptions(), loggerFactory, cancellationToken);

    public static async Task<KubernetesEmulator> StartAsync(KubernetesEmulatorOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var emulator = new KubernetesEmulator(options, loggerFactory ?? NullLoggerFactory.Instance);
        await emulator.ListenAsync(0, cancellationToken);
        return emulator;
    }

    /// <summary>Stops Kestrel (every connection drops) and listens again on the same port, like an API server restart.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopHostAsync();
        await ListenAsync(BaseAddress.Port, cancellationToken);
    }

    public async ValueTask DisposeAsync() => await StopHostAsync();

    private async Task ListenAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(KubernetesEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Isolated from the app: no ASPNETCORE_URLS, no appsettings, no console lifetime, logs to the caller's factory.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerFactory>(new QuietLoggerFactory(_loggerFactory));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(LoopbackCertificate.Certificate));
        });

        var app = builder.Build();
        var handler = new ApiRequestHandler(this, _loggerFactory.CreateLogger<KubernetesEmulator>());
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
        _app = app;
    }

    private async Task StopHostAsync()
    {
        if (_app is null)
        {
            return;
        }

        Faults.DropWatches();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }
}
