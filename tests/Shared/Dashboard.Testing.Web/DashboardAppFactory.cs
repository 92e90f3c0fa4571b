using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Testing.Web;

/// <summary>
/// The real dashboard on a real loopback port (Kestrel on 127.0.0.1:0) with a temp SQLite file,
/// in sandbox mode unless the test gives its own settings.
/// </summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new("dashboard-app");
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="configureServices">Replaces services after the app's own (e.g. a test JWKS address); null for the real app.</param>
    public DashboardAppFactory(IDictionary<string, string?>? settings = null, bool sandbox = true, Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Dashboard:Data:Path"] = Path.Combine(_data.Path, "dashboard.db"),
        };
        if (sandbox)
        {
            _settings["Dashboard:Sandbox"] = "true";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public string DatabasePath => _settings["Dashboard:Data:Path"]!;

    /// <summary>The app's real base address after StartServer.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public Uri Start()
    {
        StartServer();
        return BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // In a test the assets are not copied into a wwwroot beside the app as in a publish:
        // serve them from the build's static web assets manifest instead.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
