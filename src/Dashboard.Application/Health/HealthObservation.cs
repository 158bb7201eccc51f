using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>What one source saw of one service in one environment: instance probes and/or per-minute request samples.</summary>
public sealed record HealthObservation(string Service, string Environment, IReadOnlyList<InstanceProbe> Instances, IReadOnlyList<RequestSample> Requests)
{
    /// <summary>The result of each synthetic check in this run (probes only); a probe run replaces the service's set.</summary>
    public IReadOnlyList<SyntheticCheckResult> SyntheticChecks { get; init; } = [];
}
