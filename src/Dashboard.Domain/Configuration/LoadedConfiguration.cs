namespace Dashboard.Domain.Configuration;

/// <summary>What a service's provider ends up with after loading a store.</summary>
public sealed class LoadedConfiguration(
    IReadOnlyDictionary<ConfigPath, LoadedValue> values,
    IReadOnlyDictionary<string, KeyLabel> featureFlags,
    IReadOnlyList<string> problems)
{
    /// <summary>Configuration paths (prefixes trimmed, JSON flattened) and their values; paths compare ignoring case.</summary>
    public IReadOnlyDictionary<ConfigPath, LoadedValue> Values { get; } = values;

    /// <summary>Feature flags loaded, by flag id, with the key-value each came from.</summary>
    public IReadOnlyDictionary<string, KeyLabel> FeatureFlags { get; } = featureFlags;

    /// <summary>Findings worth showing, such as JSON content types whose value does not parse.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>The values a read of <paramref name="readPath"/> sees: the path itself, or everything under a section.</summary>
    public IEnumerable<KeyValuePair<ConfigPath, LoadedValue>> Read(ConfigPath readPath) =>
        Values.Where(v => readPath.Covers(v.Key));
}
