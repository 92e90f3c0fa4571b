namespace Dashboard.Core.Tests.Actions;

/// <summary>The order in which the fakes were called, to prove "intent before commit, completion after".</summary>
internal sealed class ActionEvents
{
    private readonly List<string> _events = [];

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void Add(string name)
    {
        lock (_events)
        {
            _events.Add(name);
        }
    }

    public IReadOnlyList<string> Without(string name) => [.. All.Where(e => e != name)];
}
