namespace Dashboard.Sandbox.Kubernetes;

/// <summary>The core kinds the dashboard reads, served generically (no schema, strategic merge treated as merge).</summary>
internal static class BuiltinResources
{
    public static IReadOnlyList<ResourceType> All { get; } =
    [
        Core("namespaces", "namespace", "Namespace", namespaced: false, status: true, ["ns"], []),
        Core("events", "event", "Event", namespaced: true, status: false, ["ev"], []),
        Core("secrets", "secret", "Secret", namespaced: true, status: false, [], []),
        Core("configmaps", "configmap", "ConfigMap", namespaced: true, status: false, ["cm"], []),
        Core("pods", "pod", "Pod", namespaced: true, status: true, ["po"], ["all"]),
        Core("services", "service", "Service", namespaced: true, status: true, ["svc"], ["all"]),
        Core("persistentvolumeclaims", "persistentvolumeclaim", "PersistentVolumeClaim", namespaced: true, status: true, ["pvc"], []),
        Other("apps", "v1", "deployments", "deployment", "Deployment", ["deploy"], ["all"]),
        Other("apps", "v1", "statefulsets", "statefulset", "StatefulSet", ["sts"], ["all"]),
        Other("batch", "v1", "jobs", "job", "Job", [], ["all"]),
        Other("networking.k8s.io", "v1", "ingresses", "ingress", "Ingress", ["ing"], []),
    ];

    private static ResourceType Core(string plural, string singular, string kind, bool namespaced, bool status, string[] shortNames, string[] categories) =>
        new(string.Empty, "v1", plural, singular, kind, namespaced, status, IsCustom: false, shortNames, categories, []);

    private static ResourceType Other(string group, string version, string plural, string singular, string kind, string[] shortNames, string[] categories) =>
        new(group, version, plural, singular, kind, Namespaced: true, HasStatusSubresource: true, IsCustom: false, shortNames, categories, []);
}
