using Dashboard.Application.Proposals;
using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfProposalRepository(DashboardDbContext db) : IProposalRepository
{
    public Task<Proposal?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public void Add(Proposal proposal) => db.Proposals.Add(proposal);

    public async Task<IReadOnlyList<Proposal>> ForKeysAsync(string store, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        // The ETags live in JSON columns, so the caller reads them in memory; only the proposals for the keys are loaded.
        await db.Proposals.AsNoTracking().Where(p => p.Target.Store == store && keys.Contains(p.Target.Key)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ClaimedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        await db.Proposals.AsNoTracking().Where(p => p.ClaimedAt != null && p.ClaimedAt < cutoff).Select(p => p.Id).ToListAsync(cancellationToken);
}
