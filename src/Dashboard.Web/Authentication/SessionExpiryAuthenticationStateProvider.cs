using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Web.Authentication;

/// <summary>
/// Checks every minute whether the open page's session has ended; when it has, the circuit's user becomes
/// anonymous and <c>SessionExpiredRedirect</c> sends the browser to /auth/login instead of a page that keeps reconnecting.
/// </summary>
internal sealed class SessionExpiryAuthenticationStateProvider(ILoggerFactory loggerFactory, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(SessionExpiry.IsCurrent(authenticationState.User, time.GetUtcNow()));
}
