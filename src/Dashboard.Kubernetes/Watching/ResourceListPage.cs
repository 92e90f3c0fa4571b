using System.Text.Json;

namespace Dashboard.Kubernetes.Watching;

/// <summary>One page of a LIST. Every page carries the first page's collection resourceVersion.</summary>
/// <param name="Continue">The token for the next page; null on the last page.</param>
public sealed record ResourceListPage(IReadOnlyList<JsonElement> Items, string ResourceVersion, string? Continue);
