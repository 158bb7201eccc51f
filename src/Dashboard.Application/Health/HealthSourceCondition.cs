namespace Dashboard.Application.Health;

/// <summary>How a health source itself is doing, apart from the services it reports on.</summary>
public enum HealthSourceCondition
{
    Ok,
    /// <summary>It answered, but not fully: partial data, runs overrunning their interval, some targets unreadable.</summary>
    Degraded,
    /// <summary>It could not answer at all (credentials refused, service down, catalog unreadable).</summary>
    Unavailable,
}
