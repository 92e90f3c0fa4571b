using Dashboard.Bench.Harness;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(CircuitRetentionStartup))]

namespace Dashboard.Bench.Harness;

/// <summary>
/// Loaded into the app under test only when the bench sets <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=Dashboard.Bench</c>
/// (the startup hook has already loaded this assembly): shortens how long the server keeps a disconnected circuit
/// (3 minutes by default) to <see cref="Variable"/> seconds, so a phone-sleep measurement does not wait minutes for
/// the circuit to be dropped. It changes nothing else; the dashboard has no setting for it.
/// </summary>
public sealed class CircuitRetentionStartup : IHostingStartup
{
    public const string Variable = "DASHBOARD_BENCH_CIRCUIT_RETENTION_SECONDS";

    public void Configure(IWebHostBuilder builder)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(Variable), out var seconds) && seconds > 0)
        {
            builder.ConfigureServices(services => services.Configure<CircuitOptions>(o => o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(seconds)));
        }
    }
}
