using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Prepares and runs one analysis from raw sources: the store's settings (every label), each environment's label,
/// the scan and the catalog. The key-value is added to the map when the store does not hold it (a new key, or any
/// key offline, where there is no store), so the services whose selectors would load it, that read it or watch it are
/// found for a set, a delete or any change alike. Used by the dashboard (live store) and the CLI (offline).
/// </summary>
public static class BlastRadiusPreview
{
    public static BlastRadius Analyze(
        ProposedChange change,
        string environment,
        bool isProduction,
        IReadOnlyDictionary<string, string?> labelsByEnvironment,
        IReadOnlyList<ConfigSetting> storeSettings,
        ScanResult? scan,
        ServiceCatalog? catalog,
        bool validatedInStaging,
        ConfigMap.ConfigMap? builtMap = null)
    {
        var exists = storeSettings.Any(s => s.Key == change.Key && s.Label == change.Label);
        var settings = exists
            ? storeSettings
            : [.. storeSettings, new ConfigSetting(change.Key, change.Label, change.NewValue, change.NewContentType, null, new Dictionary<string, string>(), false, null)];
        // A map already built from these settings for this environment answers for a key it holds; a new key needs a map with it.
        var map = builtMap is not null && (exists || change.IsDelete) ? builtMap : ConfigMapBuilder.Build(new ConfigMapInput
        {
            Store = change.Store,
            Environment = environment,
            EnvironmentLabel = change.Label,
            Settings = settings,
            Scan = scan,
            Catalog = catalog,
            DeclaredKeyFilters = catalog?.DeclaredKeyFilters() ?? new Dictionary<string, IReadOnlyList<string>>(),
        });
        return BlastRadiusAnalyzer.Analyze(new BlastRadiusInput
        {
            Change = change,
            Environment = environment,
            IsProduction = isProduction,
            Map = map,
            Scan = scan,
            Catalog = catalog,
            CurrentSettings = labelsByEnvironment.ToDictionary(
                e => e.Key,
                e => storeSettings.FirstOrDefault(s => s.Key == change.Key && s.Label == e.Value)),
            StoreKeys = [.. storeSettings.Select(s => s.Key).Distinct(StringComparer.Ordinal)],
            ValidatedInStaging = validatedInStaging,
        });
    }
}
