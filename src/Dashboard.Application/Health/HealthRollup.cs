using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>One minute of one service in one environment, as the series store keeps it and a rollup store saves it.</summary>
public sealed record HealthRollup(
    string Service,
    string Environment,
    DateTimeOffset Minute,
    int Requests,
    int ServerErrors,
    int ClientErrors,
    double? P95Ms,
    int InRotation,
    int Instances,
    int LivenessFailures,
    HealthState State);
