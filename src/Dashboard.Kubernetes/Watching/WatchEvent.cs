using System.Text.Json;

namespace Dashboard.Kubernetes.Watching;

/// <summary>One line of a watch stream: ADDED, MODIFIED, DELETED, BOOKMARK or ERROR with its object.</summary>
public readonly record struct WatchEvent(string Type, JsonElement Object)
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";
    public const string Error = "ERROR";
}
