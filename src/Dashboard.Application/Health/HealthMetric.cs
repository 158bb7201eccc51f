namespace Dashboard.Application.Health;

/// <summary>The per-minute series the store keeps for each service and environment.</summary>
public enum HealthMetric
{
    RequestsPerMinute,
    ServerErrorRate,
    ClientErrorRate,
    P95Ms,
    InstancesInRotation,
    Instances,
    /// <summary>Instances failing liveness.</summary>
    LivenessFailures,
}
