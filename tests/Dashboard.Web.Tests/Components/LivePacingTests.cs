using Bunit;
using Dashboard.Core.Streaming;
using Dashboard.Testing;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Components;

/// <summary>A live page keeps receiving batches under the render-acknowledgement gate: its own renders release it.</summary>
public sealed class LivePacingTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly ClusterStore _store;
    private readonly FakeTimeProvider _time;

    public LivePacingTests()
    {
        _store = _context.WithDashboardServices();
        _time = (FakeTimeProvider)_context.Services.GetRequiredService<TimeProvider>();
    }

    private static string MessageShown(IRenderedComponent<Apps> page) =>
        page.Find("[data-app=podinfo] .cell-message").TextContent.Trim();

    [Fact]
    public void Apps_SuccessiveChanges_EachShownOnceTheIntervalPassed()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("podinfo", message: "m0"));
        var page = _context.Render<Apps>();
        Assert.Equal("m0", MessageShown(page));

        for (var i = 1; i <= 5; i++)
        {
            _store.Upsert(Build.App("podinfo", message: $"m{i}"));
            _time.Advance(LiveSubscription.PageInterval);
            var expected = $"m{i}";
            page.WaitForAssertion(() => Assert.Equal(expected, MessageShown(page)), TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void Apps_UserRendersBetweenBatches_LiveUpdatesContinue()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("podinfo", message: "m0"));
        var page = _context.Render<Apps>();

        for (var i = 1; i <= 3; i++)
        {
            // Renders of the page's own (a filter click, twice) are counted too and never hold the feed.
            page.Find("[data-testid=state-Healthy]").Click();
            page.Find("[data-testid=state-All]").Click();
            _store.Upsert(Build.App("podinfo", message: $"m{i}"));
            _time.Advance(LiveSubscription.PageInterval);
            var expected = $"m{i}";
            page.WaitForAssertion(() => Assert.Equal(expected, MessageShown(page)), TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task Apps_BurstOfChanges_LastOneShown()
    {
        _store.MarkAllWatching();
        _store.Upsert(Build.App("podinfo", message: "m0"));
        var page = _context.Render<Apps>();

        for (var i = 1; i <= 200; i++)
        {
            _store.Upsert(Build.App("podinfo", message: $"m{i}"));
            _time.Advance(TimeSpan.FromMilliseconds(5));
        }

        // Bounded: each round lets one more paced delivery through.
        for (var round = 0; round < 100 && MessageShown(page) != "m200"; round++)
        {
            _time.Advance(LiveSubscription.PageInterval);
            await Task.Delay(20, Xunit.TestContext.Current.CancellationToken);
        }

        Assert.Equal("m200", MessageShown(page));
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
