namespace Dashboard.Domain.Configuration;

/// <summary>
/// One service's AddAzureAppConfiguration setup: what it selects and which key prefixes it trims.
/// <see cref="Load"/> replays the provider to say which configuration paths the service sees.
/// </summary>
public sealed record ServiceConfiguration(SelectorSet Selectors, KeyPrefixTrimmer Trimmer)
{
    public static ServiceConfiguration ProviderDefault { get; } = new(SelectorSet.ProviderDefault, KeyPrefixTrimmer.None);

    public LoadedConfiguration Load(IEnumerable<StoreSetting> store)
    {
        var settings = new Dictionary<KeyLabel, StoreSetting>();
        foreach (var setting in store)
            settings[setting.Id] = setting;

        var values = new Dictionary<ConfigPath, LoadedValue>();
        var flags = new Dictionary<string, KeyLabel>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var winner in Selectors.Load(settings.Keys))
        {
            var setting = settings[winner];
            if (FeatureFlagKey.TryGetFlagId(setting.Key, out var flagId))
            {
                flags[flagId] = winner;
                continue;
            }
            var flattened = JsonSettingFlattener.Flatten(setting);
            if (flattened.InvalidJsonError is { } error)
                problems.Add(error);
            // Paths compare ignoring case, so a later key-value can overwrite an earlier one's path.
            foreach (var (key, value) in flattened.Entries)
                values[new ConfigPath(Trimmer.Trim(key))] = new LoadedValue(value, winner);
        }
        return new LoadedConfiguration(values, flags, problems);
    }
}
