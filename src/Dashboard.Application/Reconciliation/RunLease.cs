using Dashboard.Application.Leases;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// This instance's lease on one run while it executes it. Renewed only once a third of its time has passed, so a run of
/// thousands of transactions costs a renewal every few seconds instead of one per transaction, while a step is never claimed
/// with less than two thirds of the lease left. Used by one caller at a time (the run's journal).
/// </summary>
internal sealed class RunLease(ILeaseStore leases, string name, string holder, TimeSpan duration, TimeProvider time)
{
    private long? _renewedAt;

    /// <summary>Takes the lease, or renews it if a third of it has passed; false when another instance holds it.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        if (_renewedAt is { } renewed && time.GetElapsedTime(renewed) < duration / 3) return true;
        var started = time.GetTimestamp();
        if (!await leases.TryAcquireAsync(name, holder, duration, cancellationToken))
        {
            _renewedAt = null;
            return false;
        }
        // Counted from before the call: the store's expiry is at least this late.
        _renewedAt = started;
        return true;
    }

    public Task ReleaseAsync() => leases.ReleaseAsync(name, holder, CancellationToken.None);
}
