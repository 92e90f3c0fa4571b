using System.Security.Claims;
using Dashboard.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Dashboard.Web.Authentication;

/// <summary>Mode OpenIdConnect: authorization code + PKCE against the provider, then a sliding cookie session.</summary>
internal static class OpenIdConnectSetup
{
    /// <summary>A session lasts this long after the last request (sliding), so a phone stays signed in through a working day.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    public const string CookieName = "Dashboard.Session";

    public static void Add(IServiceCollection services, OpenIdConnectSettings settings, string? clientSecret)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = SessionLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = "/auth/login";
                options.AccessDeniedPath = "/auth/denied";
                options.ReturnUrlParameter = "returnUrl";
                options.Events.OnValidatePrincipal = SessionExpiry.StampAsync;
            })
            .AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.Authority = settings.Authority;
                options.ClientId = settings.ClientId;
                options.ClientSecret = string.IsNullOrEmpty(clientSecret) ? null : clientSecret;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.SaveTokens = true;
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.Scope.Clear();
                foreach (var scope in settings.EffectiveScopes())
                {
                    options.Scope.Add(scope);
                }

                // With MapInboundClaims off, user-info claims arrive only through claim actions.
                options.ClaimActions.MapJsonKey(settings.RoleClaim, settings.RoleClaim);
                foreach (var claim in new[] { "name", "preferred_username", "email", settings.NameClaim })
                {
                    if (!string.IsNullOrWhiteSpace(claim))
                    {
                        options.ClaimActions.MapUniqueJsonKey(claim, claim);
                    }
                }

                options.TokenValidationParameters.NameClaimType = string.IsNullOrWhiteSpace(settings.NameClaim) ? "name" : settings.NameClaim;
                options.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
                options.Events.OnRedirectToIdentityProvider = RefuseRedirectForNonPageRequests;
                options.Events.OnTicketReceived = KeepOnlyIdToken;
                options.Events.OnRemoteFailure = ShowRemoteFailure;
            });
    }

    /// <summary>
    /// A failed callback (cancelled at the provider, "Correlation failed" after a lost cookie, a rejected code) ends on a
    /// page that says so and offers a new attempt, instead of an exception.
    /// </summary>
    private static Task ShowRemoteFailure(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenIdConnectSetup));
        logger.LogWarning("OpenID Connect sign-in failed: {Error}", context.Failure?.Message);
        context.Response.Redirect(AuthEndpoints.FailedPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The circuit's websocket, the API and hubs cannot follow a redirect to a login page: they get a plain 401,
    /// and the page itself (SessionExpiredRedirect) leads the person back to login.
    /// </summary>
    private static Task RefuseRedirectForNonPageRequests(RedirectContext context)
    {
        var path = context.Request.Path;
        var isPage = HttpMethods.IsGet(context.Request.Method) &&
            context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase) &&
            !path.StartsWithSegments("/_blazor") && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hubs");
        if (!isPage && !path.StartsWithSegments("/auth/login"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.HandleResponse();
        }

        return Task.CompletedTask;
    }

    /// <summary>The id token is kept for RP-initiated logout (id_token_hint); access and refresh tokens are not needed and would bloat the cookie.</summary>
    private static Task KeepOnlyIdToken(TicketReceivedContext context)
    {
        if (context.Properties is { } properties)
        {
            var idToken = properties.GetTokenValue(OpenIdConnectParameterNames.IdToken);
            properties.StoreTokens(idToken is null ? [] : [new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
        }

        return Task.CompletedTask;
    }
}
