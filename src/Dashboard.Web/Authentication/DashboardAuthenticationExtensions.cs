using Dashboard.Web.Authentication.ApiTokens;
using Dashboard.Web.Authentication.CloudflareAccess;
using Dashboard.Web.Configuration;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Web.Authentication;

/// <summary>Login, roles, trusted proxies and session keys: one call on the builder, one on the app.</summary>
public static class DashboardAuthenticationExtensions
{
    public static WebApplicationBuilder AddDashboardAuthentication(this WebApplicationBuilder builder, DashboardOptions options)
    {
        var auth = options.Auth;
        var services = builder.Services;
        services.AddSingleton(new DashboardAuthenticationInfo(auth.Mode));

        // Next to the SQLite file, on the data volume: a restart or a new image does not sign everyone out.
        services.AddDataProtection()
            .SetApplicationName("Dashboard")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(options.Data.Path)));

        var trusted = new TrustedProxies(auth.ForwardedHeaders);
        services.AddSingleton(trusted);
        ForwardedHeadersSetup.Configure(services, trusted);
        services.AddDashboardRateLimiting(auth.RateLimits);
        services.AddSingleton(new SecurityHeaderPolicy(SecurityHeaders.PolicyFor(auth)));

        switch (auth.Mode)
        {
            case AuthMode.None:
                services.AddAuthentication(LocalUserAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, LocalUserAuthenticationHandler>(LocalUserAuthenticationHandler.SchemeName, null);
                if (!auth.AllowAnonymous)
                {
                    services.AddSingleton<LoopbackBindingCheck>();
                    services.AddHostedService(sp => sp.GetRequiredService<LoopbackBindingCheck>());
                }

                break;
            case AuthMode.OpenIdConnect:
                OpenIdConnectSetup.Add(services, auth.OpenIdConnect, ReadClientSecret(auth.OpenIdConnect));
                services.AddSingleton<IClaimsTransformation>(new RoleClaimsTransformation([auth.OpenIdConnect.RoleClaim], auth.Roles));
                break;
            case AuthMode.CloudflareAccess:
                AddCloudflareAccess(services, auth);
                break;
        }

        // Personal API tokens work in every mode, next to the mode's own scheme.
        ApiTokenAuthentication.Add(services, auth.Mode);

        services.AddAuthorizationBuilder()
            .AddPolicy(DashboardPolicies.CanView, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.Viewer, DashboardRoles.Operator, DashboardRoles.Admin))
            .AddPolicy(DashboardPolicies.CanOperate, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.Operator, DashboardRoles.Admin))
            .AddPolicy(DashboardPolicies.CanAdminister, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.Admin))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new DashboardAccessRequirement()).Build());
        services.AddSingleton<IAuthorizationHandler, DashboardAccessHandler>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionExpiryAuthenticationStateProvider>();
        return builder;
    }

    public static WebApplication UseDashboardAuthentication(this WebApplication app)
    {
        ForwardedHeadersSetup.Use(app, app.Services.GetRequiredService<TrustedProxies>());
        app.UseSecurityHeaders(app.Services.GetRequiredService<SecurityHeaderPolicy>().ContentSecurityPolicy);
        // Before authentication: the sign-in callback is answered inside UseAuthentication.
        app.UseRateLimiter();
        if (app.Services.GetService<LoopbackBindingCheck>() is { } check)
        {
            // Nothing is served until the real listening addresses are known to be loopback.
            app.Use((context, next) =>
            {
                if (check.Passed)
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            });
        }
        else if (app.Services.GetRequiredService<DashboardAuthenticationInfo>().Mode == AuthMode.None)
        {
            app.Logger.LogWarning("No login and Dashboard:Auth:AllowAnonymous=true: everyone who reaches this port is an Operator and Admin");
        }

        if (app.Services.GetRequiredService<DashboardAuthenticationInfo>().Mode == AuthMode.OpenIdConnect)
        {
            app.Use(ProviderUnreachablePage.HandleAsync);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        AuthEndpoints.Map(app);
        return app;
    }

    /// <summary><c>&lt;folder of Dashboard:Data:Path&gt;/keys</c>, resolved like the database path (against the app's folder).</summary>
    public static string KeysDirectory(string dataPath)
    {
        var database = Path.IsPathRooted(dataPath) ? dataPath : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, dataPath));
        return Path.Combine(Path.GetDirectoryName(database) ?? AppContext.BaseDirectory, "keys");
    }

    private static string? ReadClientSecret(OpenIdConnectSettings settings) =>
        string.IsNullOrWhiteSpace(settings.ClientSecretFile) ? settings.ClientSecret : File.ReadAllText(settings.ClientSecretFile).Trim();

    private static void AddCloudflareAccess(IServiceCollection services, AuthOptions auth)
    {
        services.AddSingleton(sp => new CloudflareAccessKeyCache(
            new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CloudflareAccessKeyCache>>()));
        services.AddSingleton<CloudflareAccessTokenValidator>();
        services.AddAuthentication(CloudflareAccessOptions.SchemeName)
            .AddScheme<CloudflareAccessOptions, CloudflareAccessHandler>(CloudflareAccessOptions.SchemeName, o =>
            {
                o.TeamDomain = auth.CloudflareAccess.TeamDomain!.Trim();
                o.Audience = auth.CloudflareAccess.Audience!.Trim();
            });
        // Access tokens carry the e-mail address, and groups only when the identity provider passes them on.
        services.AddSingleton<IClaimsTransformation>(new RoleClaimsTransformation(["groups", "email"], auth.Roles));
    }
}
