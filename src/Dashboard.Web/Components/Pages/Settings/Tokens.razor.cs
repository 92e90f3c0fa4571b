using Dashboard.Core.Tokens;
using Dashboard.Web.Authentication;
using Dashboard.Web.Model.Tokens;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Pages.Settings;

/// <summary>Settings › API tokens (Admins only): create a token (shown once), list them, revoke.</summary>
public sealed partial class Tokens
{
    private readonly TokenForm _form = new();
    private IReadOnlyList<ApiTokenRecord> _tokens = [];
    private CreatedApiToken? _created;
    private string? _error;
    private bool _canOperate;
    private string _user = "unknown";

    /// <summary>False while prerendered: the form only works once the circuit is up (tests wait for it).</summary>
    private bool _interactive;

    [Inject]
    private ApiTokenService TokenService { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _user = DashboardUser.DisplayName(user);
        _canOperate = user.IsInRole(DashboardRoles.Operator) || user.IsInRole(DashboardRoles.Admin);
        _tokens = await TokenService.ListAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task CreateAsync()
    {
        _error = null;
        _created = null;
        try
        {
            _created = await TokenService.CreateAsync(_form.Name, _form.Role, _form.ExpiresAt(Now), _user, _canOperate);
            _form.Name = "";
        }
        catch (ArgumentException exception)
        {
            // The message without the "(Parameter 'x')" suffix.
            _error = exception.Message.Split(" (Parameter", 2)[0];
        }

        _tokens = await TokenService.ListAsync();
    }

    private async Task RevokeAsync(ApiTokenRecord token)
    {
        _created = null;
        await TokenService.RevokeAsync(token.Id, _user);
        _tokens = await TokenService.ListAsync();
    }
}
