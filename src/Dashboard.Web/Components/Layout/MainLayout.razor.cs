using MudBlazor;

namespace Dashboard.Web.Components.Layout;

public partial class MainLayout : IDisposable
{
    private MudThemeProvider? _themeProvider;
    private bool _isDarkMode;
    private bool _drawerOpen = true;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _themeProvider is not null)
        {
            // Follow the system theme, and keep following it when the user switches at night.
            _isDarkMode = await _themeProvider.GetSystemDarkModeAsync();
            await _themeProvider.WatchSystemDarkModeAsync(OnSystemDarkModeChanged);
            StateHasChanged();
        }
    }

    private Task OnSystemDarkModeChanged(bool isDark)
    {
        _isDarkMode = isDark;
        return InvokeAsync(StateHasChanged);
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    public void Dispose() => GC.SuppressFinalize(this);
}
