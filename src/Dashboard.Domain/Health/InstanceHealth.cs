namespace Dashboard.Domain.Health;

/// <summary>
/// What the probes know of one instance: its latest liveness and readiness answers (null: not probed yet), since when
/// it has answered liveness without a break (null: it does not), and since when readiness has failed without a break
/// (null: it is ready, or not probed).
/// </summary>
public sealed record InstanceHealth(
    string Instance,
    ProbeCheck? Liveness,
    ProbeCheck? Readiness,
    DateTimeOffset? AliveSince = null,
    DateTimeOffset? NotReadySince = null)
{
    public bool IsReady => Readiness is { Passed: true };

    public bool IsAlive => Liveness is { Passed: true };
}
