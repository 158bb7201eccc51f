using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Scanning;
using Microsoft.Extensions.Logging;

namespace Dashboard.Infrastructure.ConfigMap;

/// <summary>
/// Builds the config map for a store and environment from the catalog, the live store and the latest scan.
/// A source that fails (a store answering 401, a missing source folder) becomes a diagnostic; the rest is still shown.
/// </summary>
public sealed class ConfigMapService(
    ICatalogSource catalogSource,
    IConfigStoreClientFactory stores,
    IScanSnapshotSource scans,
    ILogger<ConfigMapService> logger)
{
    public async Task<ConfigMapResult> BuildAsync(string? storeName, string? environmentName, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        if (catalog.Stores.Count == 0)
            return ConfigMapResult.Unavailable(catalog, "The catalog has no config store yet; add one to map its keys.");
        var store = catalog.Stores.FirstOrDefault(s => string.Equals(s.Name, storeName, StringComparison.OrdinalIgnoreCase)) ?? catalog.Stores[0];
        var environment = catalog.Environments.FirstOrDefault(e => string.Equals(e.Name, environmentName, StringComparison.OrdinalIgnoreCase))
                          ?? catalog.Environments.LastOrDefault();
        if (environment is null)
            return ConfigMapResult.Unavailable(catalog, "The catalog has no environments yet; add staging and production first.");

        var diagnostics = new List<string>();
        var settings = await ReadStoreAsync(store, diagnostics, cancellationToken);
        var scan = await scans.GetAsync(cancellationToken);
        if (scan.Error is not null) diagnostics.Add(scan.Error);
        var map = ConfigMapBuilder.Build(new ConfigMapInput
        {
            Store = store.Name,
            Environment = environment.Name,
            EnvironmentLabel = store.BindingFor(environment.Name)?.Label,
            Settings = settings,
            Scan = scan.Result,
            Catalog = catalog,
            DeclaredKeyFilters = catalog.Services
                .Where(s => s.DeclaredConfigKeys.Count > 0)
                .ToDictionary(s => s.Name, s => s.DeclaredConfigKeys, StringComparer.OrdinalIgnoreCase),
        });
        return new ConfigMapResult(catalog, store, environment, map, [.. diagnostics, .. map.Diagnostics], scan);
    }

    private async Task<IReadOnlyList<ConfigSetting>> ReadStoreAsync(ConfigStore store, List<string> diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            var settings = new List<ConfigSetting>();
            await foreach (var setting in stores.For(store).ListSettingsAsync(ConfigSettingFilter.All, cancellationToken))
                settings.Add(setting);
            return settings;
        }
        catch (ConfigStoreException ex)
        {
            logger.LogWarning("Reading store {Store} failed: {Reason}", store.Name, ex.Message);
            diagnostics.Add($"Store '{store.Name}' could not be read: {ex.Message} The map shows what code and catalog tell without the live keys.");
            return [];
        }
    }
}
