using Dashboard.Application.Health;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Scanning;

namespace Dashboard.Infrastructure.Health;

/// <summary>What to watch: every endpoint in the catalog, with the latest source scan's word on each readiness endpoint.</summary>
public sealed class CatalogHealthWatchListSource(ICatalogSource catalog, IScanSnapshotSource scans) : IHealthWatchListSource
{
    public async Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken)
    {
        var services = await catalog.LoadAsync(cancellationToken);
        var scan = await scans.GetAsync(cancellationToken);
        return HealthWatchList.From(services, scan.Scan);
    }
}
