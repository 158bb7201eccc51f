using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.BlastRadius;

/// <summary>What the propose-change page needs from the store: its keys, and one key's value in every environment.</summary>
public sealed class ChangePreviewService(ICatalogSource catalogSource, IConfigStoreClientFactory stores)
{
    public async Task<ServiceCatalog> CatalogAsync(CancellationToken cancellationToken) => await catalogSource.LoadAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> KeysAsync(ConfigStore store, CancellationToken cancellationToken)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var setting in stores.For(store).ListSettingsAsync(ConfigSettingFilter.All, cancellationToken))
            keys.Add(setting.Key);
        return [.. keys];
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
