using Dashboard.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Web.Authentication;

/// <summary>
/// Mode None without AllowAnonymous: once the server listens, checks every real address it bound and stops
/// start-up when one is not loopback. Requests that arrive before the check has passed get 503, so nothing is
/// served anonymously in between.
/// </summary>
internal sealed class LoopbackBindingCheck(IServer server, ILogger<LoopbackBindingCheck> logger) : IHostedLifecycleService
{
    private volatile bool _passed;

    public bool Passed => _passed;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (addresses.Count == 0)
        {
            // Kestrel always reports what it bound; no address means an in-memory server (ASP.NET's TestServer).
            _passed = true;
            logger.LogInformation("No login (Dashboard:Auth:Mode None): the server ({Server}) listens on no network address", server.GetType().Name);
            return Task.CompletedTask;
        }

        var exposed = addresses.Where(a => !LoopbackAddresses.IsLoopback(a)).ToList();
        if (exposed.Count > 0)
        {
            var where = string.Join(", ", exposed);
            throw new StartupException(
                $"Dashboard:Auth:Mode is None (no login), but the dashboard listens on {where}, which other machines can reach." + Environment.NewLine +
                "Either set Dashboard:Auth:Mode to OpenIdConnect or CloudflareAccess (and their settings), " +
                "or set Dashboard:Auth:AllowAnonymous=true on purpose to let everyone who reaches the port act as an Operator and Admin." + Environment.NewLine +
                "To stay local instead, listen on loopback only, e.g. --urls=http://127.0.0.1:8080.");
        }

        _passed = true;
        logger.LogInformation("No login (Dashboard:Auth:Mode None): listening on loopback only ({Addresses})", string.Join(", ", addresses));
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
