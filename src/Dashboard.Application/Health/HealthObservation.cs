namespace Dashboard.Application.Health;

/// <summary>What one source saw of one service in one environment: instance probes and/or per-minute request samples.</summary>
public sealed record HealthObservation(string Service, string Environment, IReadOnlyList<InstanceProbe> Instances, IReadOnlyList<RequestSample> Requests);
