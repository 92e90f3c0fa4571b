namespace Dashboard.Web.Tests.Notifications;

/// <summary>What a <see cref="TestReceiver"/> saw: the raw request, exactly as sent.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
