using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

public static class PageExtensions
{
    /// <summary>Waits until Blazor's interactive circuit is up, so what we see is the live page.</summary>
    public static async Task WaitForBlazorAsync(this IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        // The theme provider applies the system theme after the first interactive render.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 15_000 });
    }

    /// <summary>Width of the document beyond the viewport: 0 means no horizontal scrolling of the whole page.</summary>
    public static Task<int> HorizontalOverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.scrollingElement.scrollWidth - window.innerWidth)");
}
