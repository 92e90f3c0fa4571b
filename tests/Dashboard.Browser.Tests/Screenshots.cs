using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>Saves full-page screenshots under artifacts/screenshots/ at the repository root (CI keeps them).</summary>
public static class Screenshots
{
    public static string Directory { get; } = Locate();

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, name + ".png");
        // A full-page shot of a scrolled page paints the fixed app bar mid-page; start from the top.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? AppContext.BaseDirectory;
        var screenshots = Path.Combine(root, "artifacts", "screenshots");
        System.IO.Directory.CreateDirectory(screenshots);
        return screenshots;
    }
}
