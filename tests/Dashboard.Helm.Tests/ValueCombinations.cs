namespace Dashboard.Helm.Tests;

/// <summary>The value combinations every chart test renders: the install shapes people actually use.</summary>
public static class ValueCombinations
{
    public static readonly string[] Defaults = [];

    public static readonly string[] NamespacedRbac = ["rbac.scope=namespaced", "rbac.namespaces={argocd,flux-system,cert-manager}"];

    public static readonly string[] ReadTlsSecrets = ["kubernetes.readTlsSecrets=true"];

    public static readonly string[] ReadTlsSecretsInNamespaces = ["kubernetes.readTlsSecrets=true", "rbac.tlsSecretNamespaces={cert-manager,home}"];

    public static readonly string[] ReconcileNow = ["git.reconcileNow=true"];

    public static readonly string[] Ingress =
    [
        "ingress.enabled=true", "ingress.className=traefik", "ingress.hosts[0].host=dashboard.example.com",
        "ingress.hosts[0].paths[0].path=/", "ingress.hosts[0].paths[0].pathType=Prefix",
        "ingress.tls[0].secretName=dashboard-tls", "ingress.tls[0].hosts={dashboard.example.com}",
    ];

    public static readonly string[] CloudflaredSidecar = ["cloudflared.enabled=true", "cloudflared.tokenSecret.name=cloudflared-token"];

    public static readonly string[] CloudflaredDeployment = [.. CloudflaredSidecar, "cloudflared.mode=deployment", "auth.forwardedHeaders.knownNetworks={10.42.0.0/16}"];

    public static readonly string[] ExistingSecrets =
    [
        "git.token.existingSecret=dashboard-git", "git.webhookSecret.existingSecret=dashboard-git", "git.webhookSecret.key=webhook",
        "auth.mode=OpenIdConnect", "auth.openIdConnect.authority=https://id.example.com/", "auth.openIdConnect.clientId=dashboard",
        "auth.openIdConnect.clientSecret.existingSecret=dashboard-oidc", "auth.roles.operators={homelab-admins}",
    ];

    public static readonly string[] GitHubApp =
    [
        "git.githubApp.appId=12345", "git.githubApp.installationId=678", "git.githubApp.existingSecret=dashboard-github-app",
    ];

    public static readonly string[] ExistingClaim = ["persistence.existingClaim=dashboard-data"];

    public static readonly string[] SeveralClusters =
    [
        "kubernetes.clusterName=homelab", "kubernetes.kubeconfigSecret.name=dashboard-kubeconfigs",
        "kubernetes.extraClusters[0].name=office", "kubernetes.extraClusters[0].context=admin@office",
        "kubernetes.extraClusters[1].name=pi", "kubernetes.extraClusters[1].context=pi5",
    ];

    public static readonly string[] Everything =
    [
        .. ReadTlsSecretsInNamespaces, .. ReconcileNow, .. Ingress, .. CloudflaredSidecar, .. ExistingSecrets, .. ExistingClaim, .. SeveralClusters,
        "git.repositories[0].url=https://github.com/example/homelab", "git.repositories[0].pullRequestMode=true", "history.retentionDays=30",
    ];

    public static TheoryData<string, string[]> All => new()
    {
        { nameof(Defaults), Defaults },
        { nameof(NamespacedRbac), NamespacedRbac },
        { nameof(ReadTlsSecrets), ReadTlsSecrets },
        { nameof(ReadTlsSecretsInNamespaces), ReadTlsSecretsInNamespaces },
        { nameof(ReconcileNow), ReconcileNow },
        { nameof(Ingress), Ingress },
        { nameof(CloudflaredSidecar), CloudflaredSidecar },
        { nameof(CloudflaredDeployment), CloudflaredDeployment },
        { nameof(ExistingSecrets), ExistingSecrets },
        { nameof(GitHubApp), GitHubApp },
        { nameof(ExistingClaim), ExistingClaim },
        { nameof(SeveralClusters), SeveralClusters },
        { nameof(Everything), Everything },
    };
}
