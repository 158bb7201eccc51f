using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>
/// A service's health in one environment now: the assessment (state, reason, indicators, rotation), since when it has
/// been in that state, the request metrics it was judged on, the instances, and the status of each source reporting on it.
/// </summary>
public sealed record ServiceHealth(
    HealthAssessment Assessment,
    DateTimeOffset Since,
    RequestMetrics? Requests,
    IReadOnlyList<InstanceHealth> Instances,
    IReadOnlyList<HealthSourceStatus> Sources)
{
    public string Service => Assessment.Service;
    public string Environment => Assessment.Environment;
    public HealthState State => Assessment.State;

    /// <summary>The latest result of each synthetic check, ordered by name.</summary>
    public IReadOnlyList<SyntheticCheckResult> SyntheticChecks { get; init; } = [];
}
