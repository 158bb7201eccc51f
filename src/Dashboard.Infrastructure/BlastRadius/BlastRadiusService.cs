using Dashboard.Application.BlastRadius;
using Dashboard.Domain;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigMap;
using Dashboard.Infrastructure.ConfigStores;

namespace Dashboard.Infrastructure.BlastRadius;

/// <summary>
/// The blast radius against the live store, the catalog and the latest source scan. It reuses the config map's shared build
/// and the shared store listing, so recomputing as someone types costs the analysis only, not a store listing and a map build.
/// The timeline's figures come from the live request rates of the target environment.
/// </summary>
public sealed class BlastRadiusService(ICatalogSource catalogSource, StoreSnapshotCache storeListings, ConfigMapService maps, LiveTrafficReader traffic)
    : IBlastRadiusService
{
    /// <summary>The label an environment reads in a store, as the catalog maps it (null: the null label).</summary>
    public async Task<string?> LabelForAsync(string storeName, string environment, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        return catalog.Stores.FirstOrDefault(s => string.Equals(s.Name, storeName, StringComparison.OrdinalIgnoreCase))?.BindingFor(environment)?.Label;
    }

    /// <exception cref="DomainException">The store or environment is not in the catalog.</exception>
    /// <exception cref="ConfigStoreException">The store could not be read.</exception>
    public async Task<Domain.BlastRadius.BlastRadius> AnalyzeAsync(ProposedChange change, string environment, bool validatedInStaging, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        var store = catalog.Stores.FirstOrDefault(s => string.Equals(s.Name, change.Store, StringComparison.OrdinalIgnoreCase))
                    ?? throw new DomainException($"Store '{change.Store}' is not in the catalog; known stores: {string.Join(", ", catalog.Stores.Select(s => s.Name))}.");
        var target = catalog.Environments.FirstOrDefault(e => string.Equals(e.Name, environment, StringComparison.OrdinalIgnoreCase))
                     ?? throw new DomainException($"Environment '{environment}' is not in the catalog; known environments: {string.Join(", ", catalog.Environments.Select(e => e.Name))}.");
        var settings = await storeListings.SettingsAsync(store, refresh: false, cancellationToken);
        var built = await maps.BuildAsync(store.Name, target.Name, cancellationToken);
        var labels = catalog.Environments.ToDictionary(e => e.Name, e => store.BindingFor(e.Name)?.Label);
        // The shared map is for the environment's own label; a preview of another label gets a map of its own.
        var sameLabel = string.Equals(labels[target.Name], change.Label, StringComparison.Ordinal);
        var radius = BlastRadiusPreview.Analyze(change, target.Name, target.IsProduction, labels, settings, built.Scan?.Scan, catalog, validatedInStaging,
            sameLabel ? built.Map : null);
        return radius.WithLiveTraffic(traffic.For(radius, target.Name));
    }
}
