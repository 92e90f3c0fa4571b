using System.Text.Json;
using System.Threading.Channels;
using Dashboard.Kubernetes.Watching;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>One scripted watch stream: events, then an end or an exception, fed by the test.</summary>
internal sealed class FakeWatch
{
    private static readonly object EndMarker = new();

    public Channel<object> Steps { get; } = Channel.CreateUnbounded<object>();

    public FakeWatch Send(string type, JsonElement item)
    {
        Steps.Writer.TryWrite(new WatchEvent(type, item));
        return this;
    }

    public FakeWatch Bookmark(string resourceVersion) =>
        Send(WatchEvent.Bookmark, TestObjects.Parse($$$"""{"apiVersion":"x/v1","kind":"X","metadata":{"resourceVersion":"{{{resourceVersion}}}"}}"""));

    public FakeWatch Error(int code, string reason, string message) =>
        Send(WatchEvent.Error, TestObjects.Parse(
            $$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{message}}","reason":"{{reason}}","code":{{code}}}"""));

    public void End() => Steps.Writer.TryWrite(EndMarker);

    public void Fail(Exception error) => Steps.Writer.TryWrite(error);
}
