using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>
/// Routes the emulator host's logs to the app's logger factory, keeping framework chatter (Kestrel, hosting
/// lifetime) below Warning out, and never disposing the factory it does not own.
/// </summary>
internal sealed class QuietLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return categoryName.StartsWith("Microsoft.", StringComparison.Ordinal) ? new WarningAndAbove(logger) : logger;
    }

    public void AddProvider(ILoggerProvider provider)
    {
        // The app owns the providers of the inner factory.
    }

    public void Dispose()
    {
        // Not ours to dispose.
    }

    private sealed class WarningAndAbove(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
