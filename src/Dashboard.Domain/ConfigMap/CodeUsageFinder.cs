using Dashboard.Domain.Configuration;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.ConfigMap;

/// <summary>What one scanned service does with the key-values its selectors load, each usage with its file and line.</summary>
internal static class CodeUsageFinder
{
    public static IEnumerable<(KeyLabel Setting, KeyUsage Usage)> Find(
        ServiceScan scan, ScannedConfiguration configuration, IReadOnlyCollection<StoreSetting> selected, ILookup<string, KeyLabel> settingsByKey)
    {
        var loaded = configuration.Configuration.Load(selected);
        var service = scan.Name;
        var readers = Readers(scan);
        // Keys loaded by the same Select share one "selected" and one "watch-all" usage: a fleet has hundreds of thousands.
        var perSelector = new Dictionary<ConfigSelector, (KeyUsage Selected, KeyUsage WatchAll)>();
        (KeyUsage Selected, KeyUsage WatchAll) UsagesOf(ConfigSelector origin) =>
            perSelector.TryGetValue(origin, out var usages) ? usages : perSelector[origin] = (SelectedOnly(service, origin), WatchAll(scan, origin));
        var paths = loaded.Values.GroupBy(v => v.Value.Source, v => v.Key);
        foreach (var group in paths)
        {
            var origin = configuration.OriginOf(group.Key);
            var shared = origin is null ? (Selected: SelectedOnly(service, null), WatchAll: WatchAll(scan, null)) : UsagesOf(origin);
            yield return (group.Key, FindRead(readers, group) ?? shared.Selected);
            if (scan.WatchAll)
                yield return (group.Key, shared.WatchAll);
        }
        foreach (var (flagId, setting) in loaded.FeatureFlags)
        {
            var check = scan.FeatureFlagReads.FirstOrDefault(f => string.Equals(f.Flag, flagId, StringComparison.Ordinal));
            yield return (setting, check is null
                ? new KeyUsage(service, UsageKind.FeatureFlag, $"loads feature flag '{flagId}'; no check of it was found in code", new UsageSource(UsageSourceKind.Code, scan.Path))
                : new KeyUsage(service, UsageKind.FeatureFlag, $"checks feature flag '{flagId}'", CodeSource(check.File, check.Line)));
        }
        foreach (var registration in scan.Refresh)
            foreach (var setting in settingsByKey[registration.Key].Where(s => Registers(registration, s)))
                yield return (setting, Watch(service, scan, registration));
    }

    /// <summary>Every read and options binding of the service as a path, computed once per service.</summary>
    private static IReadOnlyList<(ConfigPath Path, Func<ConfigPath, KeyUsage?> Usage)> Readers(ServiceScan scan) =>
    [
        .. scan.Reads.Select(read => (new ConfigPath(read.Key), (Func<ConfigPath, KeyUsage?>)(_ =>
            new KeyUsage(scan.Name, UsageKind.Reads, $"reads {read.Key} ({Describe(read.Kind)})", CodeSource(read.File, read.Line))))),
        .. scan.OptionsBindings.Select(binding => (new ConfigPath(binding.Section), (Func<ConfigPath, KeyUsage?>)(path =>
            BoundKey(scan, binding, path) is { } bound
                ? new KeyUsage(scan.Name, UsageKind.Reads,
                    $"binds section {binding.Section} to {binding.Type ?? "an options type"}, which {bound}", CodeSource(binding.File, binding.Line))
                : null))),
    ];

    // A bound section reads a key only if the options type has a property for it; a type the scan could not see
    // into is taken to read the whole section.
    private static string? BoundKey(ServiceScan scan, OptionsBinding binding, ConfigPath path)
    {
        var type = binding.Type is null ? null : scan.OptionsTypes.FirstOrDefault(t => t.Name == binding.Type);
        if (type is null)
            return $"includes {path}";
        var relative = path.Value.Length > binding.Section.Length ? path.Value[(binding.Section.Length + 1)..] : "";
        return type.Binds(relative) ? $"has a property for {path}" : null;
    }

    private static KeyUsage? FindRead(IReadOnlyList<(ConfigPath Path, Func<ConfigPath, KeyUsage?> Usage)> readers, IEnumerable<ConfigPath> paths)
    {
        foreach (var path in paths)
            foreach (var (readPath, usage) in readers)
                if (readPath.Covers(path) && usage(path) is { } found)
                    return found;
        return null;
    }

    private static KeyUsage WatchAll(ServiceScan scan, ConfigSelector? origin) =>
        new(scan.Name, UsageKind.WatchAll,
            $"RegisterAll(): any change to a selected key reloads {scan.Name}'s configuration" + DrivenSuffix(scan),
            CodeSource(origin?.File ?? scan.Path, origin?.Line));

    private static KeyUsage SelectedOnly(string service, ConfigSelector? origin)
    {
        var how = origin is null
            ? "its selectors load it"
            : $"Select(\"{origin.KeyFilter}\", {(origin.Dynamic ? "a label computed at run time" : $"\"{AppConfigLabel.Describe(origin.LabelFilter)}\"")}) loads it";
        return new KeyUsage(service, UsageKind.SelectedNoRead, $"{how}, but no read of it was found (it may still be bound wholesale)",
            CodeSource(origin?.File ?? "", origin?.Line));
    }

    private static bool Registers(RefreshRegistration registration, KeyLabel setting) =>
        string.Equals(registration.Key, setting.Key, StringComparison.Ordinal)
        && (registration.Dynamic || NullLabel(registration.Label) == setting.Label);

    private static KeyUsage Watch(string service, ServiceScan scan, RefreshRegistration registration)
    {
        var label = registration.Dynamic ? " (label computed at run time)" : "";
        return registration.RefreshAll
            ? new KeyUsage(service, UsageKind.WatchesSentinel,
                $"refreshAll sentinel{label}: a change reloads every key {service} selects and fires all its OnChange handlers" + DrivenSuffix(scan),
                CodeSource(registration.File, registration.Line))
            : new KeyUsage(service, UsageKind.Watches, $"watched for refresh{label}: a change reloads this key" + DrivenSuffix(scan),
                CodeSource(registration.File, registration.Line));
    }

    private static string DrivenSuffix(ServiceScan scan) => scan.RefreshDriven
        ? $", within {scan.RefreshIntervalSeconds:0.#} s"
        : "; but nothing drives refresh (no UseAzureAppConfiguration middleware or refresher call), so it takes effect on restart";

    private static string? NullLabel(string? label) => label == AppConfigLabel.Null ? null : label;

    private static UsageSource CodeSource(string file, int? line) => new(UsageSourceKind.Code, file, line);

    private static string Describe(ConfigReadKind kind) => kind switch
    {
        ConfigReadKind.Indexer => "configuration indexer",
        ConfigReadKind.GetValue => "GetValue",
        ConfigReadKind.SectionValue => "GetSection(...).Value",
        ConfigReadKind.ConnectionString => "GetConnectionString",
        ConfigReadKind.Section => "the whole section",
        ConfigReadKind.BindingExpression => "a Functions binding expression",
        ConfigReadKind.ConnectionSetting => "a Functions connection setting",
        _ => kind.ToString(),
    };
}
