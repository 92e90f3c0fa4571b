using Dashboard.Core.Actions;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Model.Actions;

/// <summary>
/// The person behind a circuit as an <see cref="ActionUser"/>, by the same rules as the JSON API
/// (ActionUserFactory): the local user only when no authentication is configured at all.
/// </summary>
public sealed class PageUserResolver(AuthenticationStateProvider authentication, IAuthenticationSchemeProvider schemes)
{
    public async Task<ActionUser?> ResolveAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (state.User.Identity?.IsAuthenticated == true)
        {
            return ActionUserFactory.FromPrincipal(state.User);
        }

        return (await schemes.GetAllSchemesAsync()).Any() ? null : ActionUser.Local;
    }
}
