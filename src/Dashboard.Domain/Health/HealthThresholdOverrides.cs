namespace Dashboard.Domain.Health;

/// <summary>
/// A service's own health thresholds, each replacing the default where it is set (null keeps the default).
/// Rates are fractions (0.05 = 5 %), latencies milliseconds of the p95.
/// </summary>
public sealed record HealthThresholdOverrides(
    double? ServerErrorDegraded = null,
    double? ServerErrorUnhealthy = null,
    double? ClientErrorDegraded = null,
    double? ClientErrorUnhealthy = null,
    double? LatencyDegradedMs = null,
    double? LatencyUnhealthyMs = null)
{
    public bool IsEmpty => ServerErrorDegraded is null && ServerErrorUnhealthy is null && ClientErrorDegraded is null
        && ClientErrorUnhealthy is null && LatencyDegradedMs is null && LatencyUnhealthyMs is null;
}
