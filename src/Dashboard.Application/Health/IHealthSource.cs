namespace Dashboard.Application.Health;

/// <summary>
/// A source of health observations per service and environment — the dashboard's probes, Azure Monitor Logs — run on
/// the scheduler every <see cref="Interval"/>. A source never throws for its own trouble: it reports it in the reading's
/// status (degraded or unavailable, with the reason), so a page can say which source is failing and why.
/// </summary>
public interface IHealthSource
{
    string Name { get; }

    HealthSourceKind Kind { get; }

    TimeSpan Interval { get; }

    Task<HealthSourceReading> ReadAsync(HealthWatchList watchList, CancellationToken cancellationToken);
}
