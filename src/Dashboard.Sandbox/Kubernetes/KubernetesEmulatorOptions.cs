namespace Dashboard.Sandbox.Kubernetes;

/// <summary>Knobs of the emulator; the defaults behave like a small real cluster.</summary>
public sealed class KubernetesEmulatorOptions
{
    /// <summary>The bearer token the emulator accepts (the kubeconfig's user token).</summary>
    public string Token { get; set; } = "sandbox";

    /// <summary>Clock for creationTimestamp/deletionTimestamp and Table ages; watch timers use real time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How often an idle watch with allowWatchBookmarks=true gets a BOOKMARK.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A BOOKMARK is also sent this long before timeoutSeconds ends the watch (the real server does ~2 s).</summary>
    public TimeSpan BookmarkBeforeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Watch length when the client sets no timeoutSeconds.</summary>
    public TimeSpan DefaultWatchTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Events kept for watch replay and exact-RV lists; older RVs answer 410.</summary>
    public int HistoryLimit { get; set; } = 10_000;
}
