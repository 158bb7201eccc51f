using Dashboard.Application.Incidents;
using Dashboard.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class IncidentQueries(IDbContextFactory<DashboardDbContext> contexts) : IIncidentQueries
{
    public async Task<Incident?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "List between 1 and 500 incidents.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Incidents.AsNoTracking().Where(i => i.Status != IncidentStatus.Resolved)
            .OrderByDescending(i => i.OpenedAt).Take(limit).ToListAsync(cancellationToken);
        var resolved = await db.Incidents.AsNoTracking().Where(i => i.Status == IncidentStatus.Resolved)
            .OrderByDescending(i => i.OpenedAt).Take(limit - open.Count).ToListAsync(cancellationToken);
        return [.. open, .. resolved];
    }
}
