namespace Dashboard.Sandbox.Kubernetes.Http;

internal enum ApiPathKind
{
    Unknown,
    Version,
    CoreVersions,
    Groups,
    Group,
    GroupVersion,
    Resource,
}
