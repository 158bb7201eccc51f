using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>The stored catalog, loaded for a change: what the domain changes in it is saved with the unit of work.</summary>
public interface ICatalogRepository
{
    Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The stored version of an entry: it grows with every saved change, so an edit made from an older one is stale.</summary>
    int VersionOf(Service service);

    int VersionOf(Dependency dependency);
}
