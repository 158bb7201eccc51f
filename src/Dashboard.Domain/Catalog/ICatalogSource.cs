namespace Dashboard.Domain.Catalog;

/// <summary>Where the declared world is read from (the dashboard's database, or a fake in tests).</summary>
public interface ICatalogSource
{
    Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken);
}
