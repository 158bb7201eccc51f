namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// What one load or refresh produced: the key-values by key (the last selector's wins), the feature flags, the ETag of
/// each registered key-value (null while it does not exist), and fingerprints of the selected key-values and flags
/// that tell a later listing whether anything among them changed.
/// </summary>
internal sealed record LoadedKeyValues(
    IReadOnlyDictionary<string, KeyValue> KeyValues,
    IReadOnlyList<KeyValue> FeatureFlags,
    IReadOnlyDictionary<KeyValueIdentifier, string?> WatchedETags,
    string SelectedFingerprint,
    string FeatureFlagFingerprint)
{
    public static LoadedKeyValues Empty { get; } =
        new(new Dictionary<string, KeyValue>(), [], new Dictionary<KeyValueIdentifier, string?>(), "", "");

    public static string Fingerprint(IEnumerable<KeyValue> items) =>
        string.Join('\n', items.Select(i => $"{i.Key}\u001f{i.Label}\u001f{i.ETag}"));

    /// <summary>This load with registered key-values that changed (null: deleted) and, if given, new feature flags.</summary>
    public LoadedKeyValues With(IReadOnlyList<(KeyValueWatcher Watcher, KeyValue? Now)> changes, IReadOnlyList<KeyValue>? featureFlags)
    {
        var keyValues = new Dictionary<string, KeyValue>(KeyValues, StringComparer.OrdinalIgnoreCase);
        var watched = new Dictionary<KeyValueIdentifier, string?>(WatchedETags);
        foreach (var (watcher, now) in changes)
        {
            watched[watcher.Identifier] = now?.ETag;
            if (now is not null)
                keyValues[now.Key] = now;
            else if (keyValues.TryGetValue(watcher.Key, out var gone) && gone.Identifier == watcher.Identifier)
                keyValues.Remove(watcher.Key);
        }
        return this with
        {
            KeyValues = keyValues,
            WatchedETags = watched,
            FeatureFlags = featureFlags ?? FeatureFlags,
            FeatureFlagFingerprint = featureFlags is null ? FeatureFlagFingerprint : Fingerprint(featureFlags),
        };
    }
}
