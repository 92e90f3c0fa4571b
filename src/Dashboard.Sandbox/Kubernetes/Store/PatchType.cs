namespace Dashboard.Sandbox.Kubernetes.Store;

public enum PatchType
{
    Merge,
    Json,
    StrategicMerge,
    Apply,
}
