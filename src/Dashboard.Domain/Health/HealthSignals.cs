namespace Dashboard.Domain.Health;

/// <summary>Everything known about one service in one environment at one moment, for <see cref="HealthEvaluator"/>.</summary>
public sealed record HealthSignals(
    string Service,
    string Environment,
    IReadOnlyList<InstanceHealth> Instances,
    RequestMetrics? Requests,
    ReadinessWiring Readiness,
    string ReadinessPath = "/health/ready")
{
    /// <summary>The latest result of each synthetic check still fresh enough to judge by.</summary>
    public IReadOnlyList<SyntheticCheckResult> SyntheticChecks { get; init; } = [];
}
