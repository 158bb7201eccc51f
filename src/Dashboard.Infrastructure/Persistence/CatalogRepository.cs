using Dashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>Loads the declared world from the dashboard's database, one context per call.</summary>
public sealed class CatalogRepository(IDbContextFactory<DashboardDbContext> contextFactory) : ICatalogSource
{
    public async Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var environments = await db.Environments.AsNoTracking().ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().ToListAsync(cancellationToken);
        var resources = await db.Resources.AsNoTracking().ToListAsync(cancellationToken);
        var dependencies = await db.Dependencies.AsNoTracking().ToListAsync(cancellationToken);
        var stores = await db.ConfigStores.AsNoTracking().ToListAsync(cancellationToken);
        return ServiceCatalog.Restore(environments, services, resources, dependencies, stores);
    }

    /// <summary>Saves every part of a catalog built in memory (the demo world, a catalog import).</summary>
    public static void AddTo(DashboardDbContext db, ServiceCatalog catalog)
    {
        db.Environments.AddRange(catalog.Environments);
        db.Services.AddRange(catalog.Services);
        db.Resources.AddRange(catalog.Resources);
        db.Dependencies.AddRange(catalog.Dependencies);
        db.ConfigStores.AddRange(catalog.Stores);
    }
}
