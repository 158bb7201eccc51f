namespace Dashboard.Application.Leases;

/// <summary>
/// Tells fleet-wide background work (the probes, the telemetry queries) whether this instance of the dashboard is the
/// one to run it now. Asked before every run, so a runner that loses its lease stops at the next tick.
/// </summary>
public interface IRunGate
{
    ValueTask<bool> MayRunAsync(CancellationToken cancellationToken);

    /// <summary>Gives the turn up on a clean shutdown, so another instance need not wait for it to expire.</summary>
    ValueTask StandDownAsync(CancellationToken cancellationToken);
}
