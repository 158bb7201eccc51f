namespace Dashboard.Application.Catalog;

public interface ICatalogVersionQueries
{
    Task<CatalogVersions> LoadAsync(CancellationToken cancellationToken);
}
