using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.ConfigMap;

/// <summary>
/// Merges the live store, the scanned code and the catalog into one map. Selectors are indexed once, so each
/// service only replays its provider over the key-values it actually selects.
/// </summary>
public static class ConfigMapBuilder
{
    public static ConfigMap Build(ConfigMapInput input)
    {
        var diagnostics = new List<string>();
        var settings = input.Settings
            .Where(s => s.Label is null || s.Label == input.EnvironmentLabel)
            .GroupBy(s => new KeyLabel(s.Key, s.Label)).Select(g => g.Last())
            .ToDictionary(s => new KeyLabel(s.Key, s.Label));
        var usages = settings.Keys.ToDictionary(k => k, _ => new List<KeyUsage>());
        var scans = input.Scan?.Services ?? [];
        if (input.Scan is not null)
            diagnostics.AddRange(input.Scan.Diagnostics.Select(d => $"{d.File}: {d.Message}"));

        AddCodeUsages(scans, settings, usages, diagnostics);
        AddDeclaredUsages(input, settings.Keys, usages, diagnostics);

        var owners = input.Catalog?.Services.ToDictionary(s => s.Name, s => s.OwnerTeam, StringComparer.OrdinalIgnoreCase)
                     ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var keys = usages
            .Select(u => ToMappedKey(settings[u.Key], u.Value))
            .OrderBy(k => k.Setting.Key, StringComparer.Ordinal).ThenBy(k => k.Setting.Label, StringComparer.Ordinal)
            .ToList();
        return new ConfigMap(input.Store, input.Environment, keys, Namespaces(keys, owners), ServiceViews(input, scans, keys, owners), diagnostics,
            input.EnvironmentLabel);
    }

    private static void AddCodeUsages(IReadOnlyList<ServiceScan> scans, Dictionary<KeyLabel, ConfigSetting> settings,
        Dictionary<KeyLabel, List<KeyUsage>> usages, List<string> diagnostics)
    {
        var configurations = scans.ToDictionary(s => s.Name, ScannedConfiguration.From, StringComparer.Ordinal);
        foreach (var (service, configuration) in configurations)
            diagnostics.AddRange(configuration.Problems.Select(p => $"{service}: {p}"));
        var index = SelectorIndex.Build(configurations.ToDictionary(c => c.Key, c => c.Value.Configuration.Selectors));
        var selectedBy = new Dictionary<string, List<StoreSetting>>(StringComparer.Ordinal);
        foreach (var (setting, services) in index.MapKeys(settings.Keys))
            foreach (var service in services)
                (selectedBy.TryGetValue(service, out var list) ? list : selectedBy[service] = []).Add(ToStoreSetting(settings[setting]));

        var settingsByKey = settings.Keys.ToLookup(k => k.Key, StringComparer.Ordinal);
        foreach (var scan in scans)
        {
            var selected = selectedBy.GetValueOrDefault(scan.Name) ?? [];
            foreach (var (setting, usage) in CodeUsageFinder.Find(scan, configurations[scan.Name], selected, settingsByKey))
                usages[setting].Add(usage);
        }
    }

    private static void AddDeclaredUsages(ConfigMapInput input, IEnumerable<KeyLabel> settings, Dictionary<KeyLabel, List<KeyUsage>> usages, List<string> diagnostics)
    {
        foreach (var (service, filters) in input.DeclaredKeyFilters)
        {
            var source = input.CatalogSources.TryGetValue(service, out var entry)
                ? new UsageSource(UsageSourceKind.Catalog, entry.File, entry.Line)
                : new UsageSource(UsageSourceKind.Catalog, "catalog");
            foreach (var text in filters)
            {
                KeyFilter filter;
                try { filter = KeyFilter.Parse(text); }
                catch (DomainException ex) { diagnostics.Add($"{service}: declared key filter '{text}' in {source} is skipped: {ex.Message}"); continue; }
                foreach (var setting in settings.Where(s => filter.Matches(s.Key)))
                    usages[setting].Add(new KeyUsage(service, UsageKind.Declared, $"declared in the catalog as reading '{text}'", source));
            }
        }
    }

    private static MappedKey ToMappedKey(ConfigSetting setting, List<KeyUsage> usages)
    {
        var secret = setting.IsKeyVaultReference || SecretDetector.LooksSecret(setting.Key);
        var revision = setting.ETag is null
            ? null
            : new UsageSource(UsageSourceKind.Store, $"etag {setting.ETag}{(setting.LastModified is { } at ? $", modified {at:u}" : "")}");
        return new MappedKey(new KeyLabel(setting.Key, setting.Label), KeyNamespace.Of(setting.Key),
            secret ? SecretDetector.Mask : setting.Value, secret, setting.ContentType, revision,
            [.. usages.OrderBy(u => u.Kind).ThenBy(u => u.Service, StringComparer.Ordinal)]);
    }

    private static IReadOnlyList<ConfigNamespace> Namespaces(IReadOnlyList<MappedKey> keys, IReadOnlyDictionary<string, string> owners) =>
        [.. keys.GroupBy(k => k.Namespace, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var services = g.SelectMany(k => k.Services).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var teams = services.Select(s => owners.GetValueOrDefault(s)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
                return new ConfigNamespace(g.Key, g.Count(), services, teams);
            })
            .OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase)];

    private static IReadOnlyList<ServiceConfigUsage> ServiceViews(ConfigMapInput input, IReadOnlyList<ServiceScan> scans,
        IReadOnlyList<MappedKey> keys, IReadOnlyDictionary<string, string> owners)
    {
        var scanned = scans.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var usagesByService = keys.SelectMany(k => k.Usages.Select(u => (Key: k, Usage: u)))
            .ToLookup(x => x.Usage.Service, StringComparer.OrdinalIgnoreCase);
        var names = scans.Select(s => s.Name).Concat(input.Catalog?.Services.Select(s => s.Name) ?? []).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. names.Order(StringComparer.Ordinal).Select(name => new ServiceConfigUsage(
            name, owners.GetValueOrDefault(name), [.. usagesByService[name]], Notes(name, scanned.GetValueOrDefault(name), input, owners)))];
    }

    private static IReadOnlyList<string> Notes(string name, ServiceScan? scan, ConfigMapInput input, IReadOnlyDictionary<string, string> owners)
    {
        var notes = new List<string>();
        if (input.Scan is not null && scan is null) notes.Add("No source was scanned for this service: only what the catalog declares is shown.");
        if (input.Catalog is not null && !owners.ContainsKey(name)) notes.Add("Not in the service catalog: its owner is unknown.");
        if (scan is { Selectors.Count: 0, FeatureFlagSelectors.Count: 0 }) notes.Add("Its code loads nothing from App Configuration.");
        if (scan is { Refresh.Count: > 0, RefreshDriven: false } || scan is { WatchAll: true, RefreshDriven: false })
            notes.Add("Refresh is registered but nothing drives it (no UseAzureAppConfiguration middleware or refresher call): changes apply on restart.");
        if (scan?.Selectors.Any(s => s.Dynamic) == true)
            notes.Add("A selector's label is computed at run time; the map assumes it may load any label.");
        return notes;
    }

    private static StoreSetting ToStoreSetting(ConfigSetting setting) => new(setting.Key, setting.Label, setting.Value, setting.ContentType);
}
