using Dashboard.Application.ChangeWatch;
using Dashboard.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class BypassedChangeQueries(IDbContextFactory<DashboardDbContext> contexts) : IBypassedChangeQueries
{
    public async Task<BypassedChangePage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.BypassedChanges.CountAsync(cancellationToken);
        var items = await db.BypassedChanges.AsNoTracking().OrderByDescending(b => b.At)
            .ThenByDescending(b => EF.Property<long>(b, BypassedChangeConfiguration.IdProperty))
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new BypassedChangePage(items, page, pageSize, total);
    }
}
