using Dashboard.Application.ChangeWatch;
using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfChangeWatchRepository(DashboardDbContext db) : IChangeWatchRepository
{
    public async Task<Dictionary<string, StoreSnapshot>> SnapshotsAsync(CancellationToken cancellationToken) =>
        await db.StoreSnapshots.ToDictionaryAsync(s => s.Store, StringComparer.OrdinalIgnoreCase, cancellationToken);

    public void AddSnapshot(StoreSnapshot snapshot) => db.StoreSnapshots.Add(snapshot);

    public async Task<IReadOnlyList<BypassedChange>> RecordedAsync(string store, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        await db.BypassedChanges.AsNoTracking().Where(b => b.Store == store && keys.Contains(b.Key)).ToListAsync(cancellationToken);

    public void AddBypassed(IEnumerable<BypassedChange> changes) => db.BypassedChanges.AddRange(changes);

    public Task<BypassedChange?> FindBypassedAsync(long id, CancellationToken cancellationToken) =>
        db.BypassedChanges.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
}
