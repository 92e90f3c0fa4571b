namespace Dashboard.Sandbox.Kubernetes.Store;

public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
}
