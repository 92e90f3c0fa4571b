using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

internal sealed record FakeCall(string Operation, ResourceType Type, string? ResourceVersion, string? Continue, int TimeoutSeconds, DateTimeOffset At);
