using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;

namespace Dashboard.Infrastructure.BlastRadius;

/// <summary>What the propose-change page needs from the store: its keys, and one key's value in every environment.</summary>
public sealed class ChangePreviewService(ICatalogSource catalogSource, IConfigStoreClientFactory stores, StoreSnapshotCache storeListings)
{
    public async Task<ServiceCatalog> CatalogAsync(CancellationToken cancellationToken) => await catalogSource.LoadAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> KeysAsync(ConfigStore store, CancellationToken cancellationToken)
    {
        var settings = await storeListings.SettingsAsync(store, refresh: false, cancellationToken);
        return [.. settings.Select(s => s.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The key's setting under each environment's label (null where it does not exist), by environment name.</summary>
    public async Task<IReadOnlyDictionary<string, ConfigSetting?>> CurrentAsync(ServiceCatalog catalog, ConfigStore store, string key, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, ConfigSetting?>(StringComparer.OrdinalIgnoreCase);
        foreach (var environment in catalog.Environments)
        {
            var read = await stores.For(store).GetSettingAsync(key, store.BindingFor(environment.Name)?.Label, cancellationToken: cancellationToken);
            current[environment.Name] = read.Setting;
        }
        return current;
    }
}
