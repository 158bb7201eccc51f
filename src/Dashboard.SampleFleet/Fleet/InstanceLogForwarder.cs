namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// Passes an instance's log events (after its own filters: warnings, and the App Configuration provider's reload
/// lines) to the fleet's log, each line naming the instance.
/// </summary>
internal sealed class InstanceLogForwarder(string instance, ILogger fleet) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Forwarder(instance, fleet);

    public void Dispose()
    {
    }

    private sealed class Forwarder(string instance, ILogger fleet) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => fleet.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            fleet.Log(logLevel, eventId, "{Instance}: {Message}{Error}", instance, message, exception is null ? "" : $" ({exception.Message})");
        }
    }
}
