using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>The two widths every page is checked at: a phone (the common case) and a desktop.</summary>
public static class Viewports
{
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 800 };

    public static IEnumerable<(string Name, ViewportSize Size)> Both =>
    [
        ("phone", Phone),
        ("desktop", Desktop),
    ];
}
