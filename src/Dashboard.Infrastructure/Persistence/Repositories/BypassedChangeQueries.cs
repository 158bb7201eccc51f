using Dashboard.Application.ChangeWatch;
using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class BypassedChangeQueries(IDbContextFactory<DashboardDbContext> contexts) : IBypassedChangeQueries
{
    public async Task<BypassedChangePage> ListAsync(int page, int pageSize, string? key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = key is null ? db.BypassedChanges : db.BypassedChanges.Where(b => b.Key == key);
        var total = await matching.CountAsync(cancellationToken);
        var unhandled = await matching.CountAsync(b => b.Handling == null, cancellationToken);
        var items = await matching.AsNoTracking().OrderByDescending(b => b.At).ThenByDescending(b => b.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new BypassedChangePage(items, page, pageSize, total, unhandled);
    }

    public async Task<BypassedChange?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BypassedChanges.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
    }
}
