using Microsoft.Extensions.Logging;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>Keeps every log entry with its structured state and the scopes open at the time.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly AsyncLocal<List<object?>> _scopes = new();

    public List<LogEntry> Entries { get; } = [];

    public IReadOnlyList<LogEntry> Snapshot()
    {
        lock (Entries)
        {
            return Entries.ToList();
        }
    }

    public IDisposable BeginScope<TState>(TState state) where TState : notnull
    {
        var scopes = _scopes.Value ??= [];
        scopes.Add(state);
        return new Scope(() => scopes.Remove(state));
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        var entry = new LogEntry(logLevel, eventId.Id, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value), [.. _scopes.Value ?? []]);
        lock (Entries)
        {
            Entries.Add(entry);
        }
    }

    internal sealed record LogEntry(LogLevel Level, int EventId, string Message, Dictionary<string, object?> Values, List<object?> Scopes);

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
