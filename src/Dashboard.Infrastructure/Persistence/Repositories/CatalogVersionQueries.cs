using Dashboard.Application.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class CatalogVersionQueries(IDbContextFactory<DashboardDbContext> contexts) : ICatalogVersionQueries
{
    public async Task<CatalogVersions> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var services = await db.Services.AsNoTracking()
            .Select(s => new { s.Name, Version = EF.Property<int>(s, EfUnitOfWork.VersionProperty) })
            .ToDictionaryAsync(s => s.Name, s => s.Version, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var dependencies = await db.Dependencies.AsNoTracking()
            .Select(d => new { d.Caller, d.TargetKind, d.Target, Version = EF.Property<int>(d, EfUnitOfWork.VersionProperty) })
            .ToListAsync(cancellationToken);
        return new CatalogVersions(services,
            dependencies.ToDictionary(d => CatalogVersions.KeyOf(d.Caller, d.TargetKind, d.Target), d => d.Version));
    }
}
