using Dashboard.Application.Leases;
using Dashboard.Infrastructure.Persistence.Leases;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>
/// Leases in the dashboard's database, so several instances sharing it elect one runner. Taking a lease reads its row
/// and saves it back with the next version: of two instances that read the same row, the second save fails on the
/// version and that instance does not hold the lease; of two that both find no row, the second insert fails on the
/// key. Expiry is judged on this instance's clock, so keep the lease duration well above the instances' clock skew.
/// </summary>
public sealed class EfLeaseStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        RequireNames(name, holder);
        if (duration <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Give the lease a positive duration, e.g. 30 seconds.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var lease = await db.Leases.SingleOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (lease is null)
            db.Add(new LeaseRecord(name, holder, now + duration));
        else if (lease.IsFreeFor(holder, now))
            lease.GiveTo(holder, now + duration);
        else
            return false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException error) when (!DatabaseBusy.Is(error))
        {
            // Another instance inserted or renewed the row since it was read: that instance holds the lease.
            return false;
        }
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        RequireNames(name, holder);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = await db.Leases.SingleOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (lease is null || !lease.IsHeldBy(holder)) return;
        lease.Expire(time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Taken over since it was read (it had expired): nothing of ours to give up.
        }
    }

    private static void RequireNames(string name, string holder)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > LeaseRecord.MaxNameLength)
            throw new ArgumentException($"Name the lease in 1 to {LeaseRecord.MaxNameLength} characters, e.g. 'health-probes'.", nameof(name));
        if (string.IsNullOrWhiteSpace(holder) || holder.Length > LeaseRecord.MaxOwnerLength)
            throw new ArgumentException($"Name the holder in 1 to {LeaseRecord.MaxOwnerLength} characters, e.g. the machine name and process id.", nameof(holder));
    }
}
