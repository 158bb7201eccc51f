using Dashboard.Application.ChangeWatch;
using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfChangeWatchRepository(DashboardDbContext db) : IChangeWatchRepository
{
    public Task<ChangeWatchCheckpoint?> CheckpointAsync(string store, CancellationToken cancellationToken) =>
        db.ChangeWatchCheckpoints.SingleOrDefaultAsync(c => c.Store == store, cancellationToken);

    public void AddCheckpoint(ChangeWatchCheckpoint checkpoint) => db.ChangeWatchCheckpoints.Add(checkpoint);

    public async Task<IReadOnlyList<BypassedChange>> RecordedAsync(string store, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        await db.BypassedChanges.AsNoTracking().Where(b => b.Store == store && keys.Contains(b.Key)).ToListAsync(cancellationToken);

    public void AddBypassed(IEnumerable<BypassedChange> changes) => db.BypassedChanges.AddRange(changes);
}
