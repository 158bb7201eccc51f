namespace Dashboard.Domain.Health;

/// <summary>One of the signals a service's state is the worst of.</summary>
public enum HealthIndicator
{
    Liveness,
    Readiness,
    /// <summary>The share of requests answered with a 5xx status.</summary>
    ServerErrors,
    /// <summary>The share of requests answered with a 4xx status.</summary>
    ClientErrors,
    /// <summary>The 95th percentile of request duration.</summary>
    Latency,
    /// <summary>Requests of the service's own API that the probes make, each expecting a status.</summary>
    SyntheticChecks,
}
