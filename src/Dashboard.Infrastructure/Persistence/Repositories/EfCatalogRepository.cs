using Dashboard.Application.Catalog;
using Dashboard.Domain.Catalog;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfCatalogRepository(DashboardDbContext db) : ICatalogRepository
{
    private TrackedCatalog? _tracked;

    public async Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        _tracked ??= await TrackedCatalog.LoadAsync(db, cancellationToken);
        return _tracked.Catalog;
    }

    public int VersionOf(Service service) => db.Entry(service).Property<int>(EfUnitOfWork.VersionProperty).OriginalValue;

    public int VersionOf(Dependency dependency) => db.Entry(dependency).Property<int>(EfUnitOfWork.VersionProperty).OriginalValue;

    /// <summary>Queues the inserts and deletes the domain made to the loaded catalog.</summary>
    public void StageChanges() => _tracked?.StageChanges(db);
}
