using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;
using Dashboard.Sandbox.Simulation;
using Dashboard.Sandbox.Tests.Kubernetes;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Sandbox.Tests.Simulation;

public sealed class SandboxLifeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Step_DriftsAndHeals_WatchersSeeModifiedEvents()
    {
        await using var k = await TestEmulator.StartAsync();
        var time = new FakeTimeProvider(Now);
        var life = new SandboxLife(k.Emulator.Store, new SandboxLifeOptions { TimeProvider = time, Seed = 7 });
        var rv = (await k.GetJsonAsync("/apis/argoproj.io/v1alpha1/applications"))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await k.WatchAsync($"/apis/argoproj.io/v1alpha1/applications?watch=1&resourceVersion={rv}&timeoutSeconds=10");

        Assert.Equal(2, life.Step());
        var drifted = (await watch.NextAsync())!;
        Assert.Equal("MODIFIED", drifted["type"]!.GetValue<string>());
        Assert.Equal("OutOfSync", drifted["object"]!["status"]!["sync"]!["status"]!.GetValue<string>());

        Assert.Equal(3, life.Step());
        var synced = (await watch.NextAsync())!;
        Assert.Equal(drifted["object"]!["metadata"]!["name"]!.GetValue<string>(), synced["object"]!["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("Synced", synced["object"]!["status"]!["sync"]!["status"]!.GetValue<string>());

        var certificates = k.Emulator.Registry.Require("cert-manager.io", "certificates");
        Assert.Contains(k.Emulator.Store.List(certificates), c => c["status"]?["notAfter"]?.GetValue<string>() == "2027-02-21T12:00:00Z");
        var volumes = k.Emulator.Registry.Require("longhorn.io", "volumes");
        Assert.Single(k.Emulator.Store.List(volumes), v => v["status"]?["robustness"]?.GetValue<string>() == "degraded");
    }

    [Fact]
    public async Task Step_SameSeed_SameStory()
    {
        var stories = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            await using var emulator = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
            SandboxSeed.Apply(emulator);
            var life = new SandboxLife(emulator.Store, new SandboxLifeOptions { TimeProvider = new FakeTimeProvider(Now), Seed = 3 });
            life.Step();
            var apps = emulator.Store.List(emulator.Registry.Require("argoproj.io", "applications"));
            var volumes = emulator.Store.List(emulator.Registry.Require("longhorn.io", "volumes"));
            stories.Add(string.Join(",", apps.Concat(volumes)
                .Where(o => o["status"]?["sync"]?["status"]?.GetValue<string>() == "OutOfSync" || o["status"]?["robustness"]?.GetValue<string>() == "degraded")
                .Select(o => o["metadata"]!["name"])));
        }

        Assert.Equal(stories[0], stories[1]);
    }

    [Fact]
    public async Task Start_StepsWhenTheTimeProviderAdvances_StopEndsTheLoop()
    {
        await using var emulator = await KubernetesEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        SandboxSeed.Apply(emulator);
        var time = new FakeTimeProvider(Now);
        var life = new SandboxLife(emulator.Store, new SandboxLifeOptions { TimeProvider = time, Period = TimeSpan.FromSeconds(20) });
        life.Start();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (life.Steps == 0 && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(20));
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await life.StopAsync();
        var steps = life.Steps;
        Assert.True(steps >= 1);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(steps, life.Steps);
    }

    [Fact]
    public async Task SandboxWorld_StartsSeededEmulatorWithKubeconfig()
    {
        await using var world = await SandboxWorld.StartAsync(new SandboxWorldOptions { Life = new SandboxLifeOptions { Period = TimeSpan.FromHours(1) } }, null, TestContext.Current.CancellationToken);
        Assert.True(File.Exists(world.KubeconfigPath));
        Assert.Contains(world.Kubernetes.BaseAddress.ToString().TrimEnd('/'), await File.ReadAllTextAsync(world.KubeconfigPath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(world.Kubernetes.Store.Count(world.Kubernetes.Registry.Require("argoproj.io", "applications")) >= 5);
    }
}
