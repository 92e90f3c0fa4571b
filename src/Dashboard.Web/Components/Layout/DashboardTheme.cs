using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>One palette pair; status colours must read well in both (green, amber, red on dark too).</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2563eb",
            AppbarBackground = "#1e293b",
            Success = "#15803d",
            Warning = "#b45309",
            Error = "#b91c1c",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#60a5fa",
            AppbarBackground = "#0f172a",
            Background = "#0b1220",
            Surface = "#111a2e",
            DrawerBackground = "#0f172a",
            Success = "#4ade80",
            Warning = "#fbbf24",
            Error = "#f87171",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
