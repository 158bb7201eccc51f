using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Scanning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.ConfigMap;

/// <summary>
/// Builds the config map for a store and environment from the catalog, the live store and the latest scan.
/// A source that fails (a store answering 401, a missing source folder) becomes a diagnostic; the rest is still shown.
/// Building a company-sized map takes a second of CPU, so one build is shared by every viewer for a short while.
/// </summary>
public sealed class ConfigMapService(
    ICatalogSource catalogSource,
    StoreSnapshotCache storeListings,
    IScanSnapshotSource scans,
    IOptions<ConfigMapOptions> options,
    TimeProvider time,
    ILogger<ConfigMapService> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Store, string Environment), (Task<ConfigMapResult> Build, DateTimeOffset StartedAt, long Generation)> _builds = [];

    public async Task<ConfigMapResult> BuildAsync(string? storeName, string? environmentName, CancellationToken cancellationToken, bool refresh = false)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        if (catalog.Stores.Count == 0)
            return ConfigMapResult.Unavailable(catalog, "The catalog has no config store yet; add one to map its keys.");
        var store = catalog.Stores.FirstOrDefault(s => string.Equals(s.Name, storeName, StringComparison.OrdinalIgnoreCase)) ?? catalog.Stores[0];
        var environment = catalog.Environments.FirstOrDefault(e => string.Equals(e.Name, environmentName, StringComparison.OrdinalIgnoreCase))
                          ?? catalog.Environments.LastOrDefault();
        if (environment is null)
            return ConfigMapResult.Unavailable(catalog, "The catalog has no environments yet; add staging and production first.");
        // The shared build must not die with the one viewer who started it, so it ignores that viewer's token.
        return await SharedBuild(catalog, store, environment, refresh).WaitAsync(cancellationToken);
    }

    private Task<ConfigMapResult> SharedBuild(ServiceCatalog catalog, ConfigStore store, DeploymentEnvironment environment, bool refresh)
    {
        var key = (store.Name.ToLowerInvariant(), environment.Name.ToLowerInvariant());
        var now = time.GetUtcNow();
        var generation = storeListings.Generation;
        lock (_gate)
        {
            // A change to the store since the build (through the pipeline or outside it) makes the map out of date.
            if (!refresh && _builds.TryGetValue(key, out var cached) && !cached.Build.IsFaulted && cached.Generation == generation
                && now - cached.StartedAt < TimeSpan.FromSeconds(options.Value.CacheSeconds))
                return cached.Build;
            var build = Task.Run(() => BuildNowAsync(catalog, store, environment, key, now, refresh));
            _builds[key] = (build, now, generation);
            return build;
        }
    }

    private async Task<ConfigMapResult> BuildNowAsync(ServiceCatalog catalog, ConfigStore store, DeploymentEnvironment environment,
        (string, string) key, DateTimeOffset builtAt, bool refresh)
    {
        var diagnostics = new List<string>();
        var settings = await ReadStoreAsync(store, refresh, diagnostics);
        if (diagnostics.Count > 0) Expire(key, builtAt);
        // Refresh means "show me what is true now": the source is scanned again too.
        var scan = refresh ? await scans.RefreshAsync(CancellationToken.None) : await scans.GetAsync(CancellationToken.None);
        if (scan.Error is not null) diagnostics.Add(scan.Error);
        var map = ConfigMapBuilder.Build(new ConfigMapInput
        {
            Store = store.Name,
            Environment = environment.Name,
            EnvironmentLabel = store.BindingFor(environment.Name)?.Label,
            Settings = settings,
            Scan = scan.Scan,
            Catalog = catalog,
            DeclaredKeyFilters = catalog.DeclaredKeyFilters(),
        });
        return new ConfigMapResult(catalog, store, environment, map, [.. diagnostics, .. map.Diagnostics], scan, builtAt);
    }

    /// <summary>A map built without the live store (it refused or was throttled) is shown once, not shared: the next viewer retries.</summary>
    private void Expire((string, string) key, DateTimeOffset startedAt)
    {
        lock (_gate)
        {
            if (_builds.TryGetValue(key, out var entry) && entry.StartedAt == startedAt)
                _builds[key] = (entry.Build, DateTimeOffset.MinValue, entry.Generation);
        }
    }

    private async Task<IReadOnlyList<ConfigSetting>> ReadStoreAsync(ConfigStore store, bool refresh, List<string> diagnostics)
    {
        try
        {
            return await storeListings.SettingsAsync(store, refresh, CancellationToken.None);
        }
        catch (ConfigStoreException ex)
        {
            logger.LogWarning("Reading store {Store} failed: {Reason}", store.Name, ex.Message);
            var reason = ex.Store is null ? $"Store '{store.Name}' could not be read: {ex.Message}" : ex.Message;
            diagnostics.Add($"{reason} The map shows what code and catalog tell without the live keys.");
            return [];
        }
    }
}
