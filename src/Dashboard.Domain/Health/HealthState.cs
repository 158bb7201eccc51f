namespace Dashboard.Domain.Health;

/// <summary>The health of one service in one environment, or of one of its indicators.</summary>
public enum HealthState
{
    /// <summary>Nothing has been observed yet, or nothing recent enough to judge by.</summary>
    NoData,
    Healthy,
    /// <summary>Instances are alive but not ready yet, within their startup grace.</summary>
    Starting,
    Degraded,
    Unhealthy,
}
