using Dashboard.Core.Cluster;

namespace Dashboard.Core.Actions;

/// <summary>What a person asks the dashboard to do to one app. Exactly one of the nested cases.</summary>
public abstract record ActionRequest(ResourceKey App)
{
    /// <summary>The name written to the audit log and the commit subject: rollback, set-version, pause, resume.</summary>
    public abstract string Name { get; }

    /// <summary>Restore the app's path to its content at <paramref name="Revision"/> (DESIGN.md section 5).</summary>
    public sealed record Rollback(ResourceKey App, string Revision) : ActionRequest(App)
    {
        public override string Name => "rollback";
    }

    /// <summary>
    /// Change one scalar. <paramref name="File"/> is a repository path; null means the manifest that defines the app
    /// (Argo targetRevision, HelmRelease chart version). <paramref name="Locator"/> as YamlLocator reads it, with an optional [doc N] prefix.
    /// </summary>
    public sealed record SetVersion(ResourceKey App, string? File, string Locator, string Value) : ActionRequest(App)
    {
        public override string Name => "set-version";
    }

    public sealed record PauseAutoSync(ResourceKey App) : ActionRequest(App)
    {
        public override string Name => "pause";
    }

    public sealed record ResumeAutoSync(ResourceKey App) : ActionRequest(App)
    {
        public override string Name => "resume";
    }
}
