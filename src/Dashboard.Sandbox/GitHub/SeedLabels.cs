namespace Dashboard.Sandbox.GitHub;

/// <summary>Labels of the seeded commits, oldest first; <see cref="SandboxGitRepository.Sha"/> maps them to SHAs.</summary>
public static class SeedLabels
{
    public const string Initial = "initial";
    public const string ArgoApps = "argo-apps";
    public const string Redis863 = "redis-8.6.3";
    public const string PodinfoInterval = "podinfo-interval";
    public const string UptimeKuma2190 = "uptime-kuma-2.19.0";
    public const string Whoami1102 = "whoami-v1.10.2";
    public const string PodinfoChart67 = "podinfo-chart-6.7";
    public const string Redis864 = "redis-8.6.4";
    public const string PodinfoHostname = "podinfo-hostname";
    public const string Whoami1110 = "whoami-v1.11.0";

    /// <summary>The newest seeded commit: the head of <c>main</c> after seeding.</summary>
    public const string PodinfoChart68 = "podinfo-chart-6.8";
}
