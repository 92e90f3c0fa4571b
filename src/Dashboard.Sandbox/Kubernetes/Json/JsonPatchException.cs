namespace Dashboard.Sandbox.Kubernetes.Json;

/// <summary>A JSON patch (RFC 6902) that cannot be applied: bad pointer, failed <c>test</c>, unknown op.</summary>
public sealed class JsonPatchException(string message) : Exception(message);
