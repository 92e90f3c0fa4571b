namespace Dashboard.Sandbox.GitHub;

/// <summary>
/// The seeded repository's history: three weeks of a homelab fleet repo (2026-11-01..2026-11-22), with chart bumps,
/// image bumps and config changes by several people and a bot, so that rollback and "pending commits" have material.
/// Fixed dates and authors make every SHA deterministic.
/// </summary>
internal static class SeedHistory
{
    private const string Release = "apps/base/podinfo/release.yaml";
    private const string ProductionValues = "apps/production/podinfo-values.yaml";
    private const string Whoami = "argocd/whoami/deployment.yaml";
    private const string UptimeKuma = "argocd/apps/uptime-kuma.yaml";

    private static readonly (string Name, string Email) Alice = ("Alice Moreau", "alice@homelab.example");
    private static readonly (string Name, string Email) Bob = ("Bob Lindqvist", "bob@homelab.example");
    private static readonly (string Name, string Email) Carol = ("Carol Nakamura", "carol@homelab.example");
    private static readonly (string Name, string Email) Renovate = ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com");

    public static IReadOnlyList<SeedStep> Steps { get; } =
    [
        Step(SeedLabels.Initial, Alice, 1, 9, 0, "Initial fleet layout from flux2-kustomize-helm-example",
            files => Add(files, SeedFiles.Load(path => !path.StartsWith("argocd/", StringComparison.Ordinal)))),
        Step(SeedLabels.ArgoApps, Bob, 3, 14, 20, "argocd: add whoami and uptime-kuma applications",
            files => Add(files, SeedFiles.Load(path => path.StartsWith("argocd/", StringComparison.Ordinal)))),
        Step(SeedLabels.Redis863, Renovate, 5, 10, 5, "chore(deps): update redis docker tag to v8.6.3",
            files => Replace(files, Release, "tag: 8.6.2", "tag: 8.6.3")),
        Step(SeedLabels.PodinfoInterval, Carol, 8, 16, 40, "podinfo: reconcile the release every 30m\n\nThe 50m default made chart upgrades show up too late on the dashboard.",
            files => Replace(files, Release, "interval: 50m", "interval: 30m")),
        Step(SeedLabels.UptimeKuma2190, Renovate, 10, 11, 15, "chore(deps): update helm release uptime-kuma to v2.19.0",
            files => Replace(files, UptimeKuma, "targetRevision: 2.18.0", "targetRevision: 2.19.0")),
        Step(SeedLabels.Whoami1102, Bob, 12, 9, 30, "whoami: bump image to v1.10.2",
            files => Replace(files, Whoami, "traefik/whoami:v1.10.1", "traefik/whoami:v1.10.2")),
        Step(SeedLabels.PodinfoChart67, Alice, 14, 13, 0, "production: pin podinfo chart to 6.7.x",
            files => Replace(files, ProductionValues, "version: \">=1.0.0\"", "version: \"6.7.x\"")),
        Step(SeedLabels.Redis864, Renovate, 17, 8, 45, "chore(deps): update redis docker tag to v8.6.4",
            files => Replace(files, Release, "tag: 8.6.3", "tag: 8.6.4")),
        Step(SeedLabels.PodinfoHostname, Carol, 19, 15, 10, "production: serve podinfo on podinfo.example.org too",
            files => Replace(files, ProductionValues, "        - podinfo.production\n", "        - podinfo.production\n        - podinfo.example.org\n")),
        Step(SeedLabels.Whoami1110, Bob, 21, 10, 0, "whoami: bump image to v1.11.0",
            files => Replace(files, Whoami, "traefik/whoami:v1.10.2", "traefik/whoami:v1.11.0")),
        Step(SeedLabels.PodinfoChart68, Renovate, 22, 17, 30, "chore(deps): update podinfo chart to 6.8.x in production",
            files => Replace(files, ProductionValues, "version: \"6.7.x\"", "version: \"6.8.x\"")),
    ];

    private static SeedStep Step(string label, (string Name, string Email) who, int day, int hour, int minute, string message, Action<IDictionary<string, string>> apply) =>
        new(label, who.Name, who.Email, SandboxGitRepository.BaseDate.AddDays(day - 1).AddHours(hour).AddMinutes(minute), message, apply);

    private static void Add(IDictionary<string, string> files, IReadOnlyDictionary<string, string> added)
    {
        foreach (var (path, text) in added)
        {
            files[path] = text;
        }
    }

    private static void Replace(IDictionary<string, string> files, string path, string from, string to)
    {
        if (!files.TryGetValue(path, out var text) || !text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Seed history: '{from}' not found in {path}; the seed files changed.");
        }

        files[path] = text.Replace(from, to, StringComparison.Ordinal);
    }
}
