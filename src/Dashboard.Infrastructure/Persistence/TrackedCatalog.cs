using Dashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

// The stored catalog loaded with change tracking, so domain methods can change it and one SaveChanges writes it:
// entries the catalog dropped are deleted, entries it gained are inserted, changed ones are updated.
internal sealed class TrackedCatalog
{
    private readonly List<object> _loaded;

    private TrackedCatalog(ServiceCatalog catalog)
    {
        Catalog = catalog;
        _loaded = [.. Entries(catalog)];
    }

    public ServiceCatalog Catalog { get; }

    public static async Task<TrackedCatalog> LoadAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var environments = await db.Environments.ToListAsync(cancellationToken);
        var services = await db.Services.ToListAsync(cancellationToken);
        var resources = await db.Resources.ToListAsync(cancellationToken);
        var dependencies = await db.Dependencies.ToListAsync(cancellationToken);
        var stores = await db.ConfigStores.ToListAsync(cancellationToken);
        return new TrackedCatalog(ServiceCatalog.Restore(environments, services, resources, dependencies, stores));
    }

    /// <summary>Queues the inserts and deletes; tracked entries changed in place are found by change detection.</summary>
    public void StageChanges(DashboardDbContext db)
    {
        var current = Entries(Catalog).ToHashSet(ReferenceEqualityComparer.Instance);
        var loaded = _loaded.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var removed in _loaded.Where(e => !current.Contains(e))) db.Remove(removed);
        foreach (var added in current.Where(e => !loaded.Contains(e))) db.Add(added);
    }

    private static IEnumerable<object> Entries(ServiceCatalog catalog) =>
        catalog.Environments.Cast<object>()
            .Concat(catalog.Services)
            .Concat(catalog.Resources)
            .Concat(catalog.Dependencies)
            .Concat(catalog.Stores);
}
