using Dashboard.Application.Leases;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>
/// <see cref="ILeaseStore"/> on the dashboard's database: a row per lease with its holder, expiry and version. Taking an
/// expired lease or renewing one's own checks the version it read, so two instances racing for it cannot both win; a new
/// lease is an insert, and a second insert of the same name fails on the key.
/// </summary>
public sealed class EfLeaseStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var lease = await db.Leases.SingleOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (lease is null)
            db.Leases.Add(new Lease { Name = name, Holder = holder, ExpiresAt = now + duration, Version = 1 });
        else if (string.Equals(lease.Holder, holder, StringComparison.Ordinal) || lease.ExpiresAt <= now)
        {
            lease.Holder = holder;
            lease.ExpiresAt = now + duration;
            lease.Version++;
        }
        else
            return false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted or took it first (a key or version conflict): it holds the lease now.
            return false;
        }
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);
    }
}
