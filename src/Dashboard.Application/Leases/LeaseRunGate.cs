using Microsoft.Extensions.Logging;

namespace Dashboard.Application.Leases;

/// <summary>
/// Runs only while this instance holds the named lease, taking or renewing it at every ask. A lease store that cannot
/// be reached (the database briefly down) means "do not run": two runners are worse than a missed tick.
/// </summary>
public sealed class LeaseRunGate(ILeaseStore leases, string leaseName, string holder, TimeSpan duration, ILogger<LeaseRunGate> logger) : IRunGate
{
    private bool _held;

    public async ValueTask<bool> MayRunAsync(CancellationToken cancellationToken)
    {
        bool held;
        try
        {
            held = await leases.TryAcquireAsync(leaseName, holder, duration, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not take or renew lease {Lease}; not running until it can be checked", leaseName);
            held = false;
        }
        if (held != _held)
            logger.LogInformation(held ? "Took lease {Lease} as {Holder}: this instance runs it" : "Lease {Lease} is held elsewhere: {Holder} stands by", leaseName, holder);
        _held = held;
        return held;
    }

    public async ValueTask StandDownAsync(CancellationToken cancellationToken)
    {
        if (!_held) return;
        _held = false;
        try
        {
            await leases.ReleaseAsync(leaseName, holder, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not release lease {Lease}; it expires on its own", leaseName);
        }
    }
}
