namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>A clock that moves one step forward each time it is read, so consecutive signatures get distinct dates.</summary>
public sealed class SteppingTimeProvider(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private DateTimeOffset _next = start;

    public List<DateTimeOffset> Readings { get; } = [];

    public override DateTimeOffset GetUtcNow()
    {
        var now = _next;
        _next += step;
        Readings.Add(now);
        return now;
    }
}
