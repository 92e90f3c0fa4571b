using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Layout;

/// <summary>
/// When the open page's session ends (the revalidating state provider turns the user anonymous), reload through
/// /auth/login so the person signs in again and comes back here, instead of a page that fails or reconnects forever.
/// </summary>
public sealed class SessionExpiredRedirect : ComponentBase, IDisposable
{
    [Inject]
    private AuthenticationStateProvider AuthenticationStateProvider { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    protected override void OnInitialized() => AuthenticationStateProvider.AuthenticationStateChanged += OnAuthenticationStateChanged;

    private void OnAuthenticationStateChanged(Task<AuthenticationState> state) => _ = InvokeAsync(() => RedirectIfSignedOutAsync(state));

    private async Task RedirectIfSignedOutAsync(Task<AuthenticationState> state)
    {
        if ((await state).User.Identity?.IsAuthenticated == true)
        {
            return;
        }

        var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo("auth/login?returnUrl=" + Uri.EscapeDataString(returnUrl), forceLoad: true);
    }

    public void Dispose() => AuthenticationStateProvider.AuthenticationStateChanged -= OnAuthenticationStateChanged;
}
