namespace Dashboard.Domain.Health;

/// <summary>
/// What the probes know of one instance: its latest liveness and readiness answers (null: not probed yet), since when
/// it has answered liveness without a break (null: it does not), since when readiness has failed without a break
/// (null: it is ready, or not probed), and whether it has been ready at all since it came alive (an instance that has
/// not is starting up; one that has and fails now was pulled).
/// </summary>
public sealed record InstanceHealth(
    string Instance,
    ProbeCheck? Liveness,
    ProbeCheck? Readiness,
    DateTimeOffset? AliveSince = null,
    DateTimeOffset? NotReadySince = null,
    bool ReadySinceAlive = false)
{
    public bool IsReady => Readiness is { Passed: true };

    public bool IsAlive => Liveness is { Passed: true };
}
