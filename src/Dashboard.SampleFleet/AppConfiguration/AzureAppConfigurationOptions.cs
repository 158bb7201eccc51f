namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// The options of <c>AddAzureAppConfiguration</c>: the subset of the provider's API the demo services use, with its
/// semantics. Selectors load in the order added and a later one wins for the same key; without any, every key with no
/// label is loaded. Prefixes given to <see cref="TrimKeyPrefix"/> are removed from keys, longest first.
/// </summary>
public class AzureAppConfigurationOptions
{
    private readonly List<KeyValueSelector> _selectors = [];
    private readonly List<string> _keyPrefixes = [];

    internal AppConfigurationConnection? Connection { get; private set; }
    internal IReadOnlyList<KeyValueSelector> Selectors => _selectors.Count > 0 ? _selectors : [new KeyValueSelector(KeyFilter.Any, LabelFilter.Null)];

    /// <summary>Longest first, compared ignoring case, as the provider tries them.</summary>
    internal IReadOnlyList<string> KeyPrefixes => [.. _keyPrefixes.OrderByDescending(p => p, StringComparer.OrdinalIgnoreCase)];

    internal AzureAppConfigurationRefreshOptions? Refresh { get; private set; }
    internal FeatureFlagOptions? FeatureFlags { get; private set; }
    internal AzureAppConfigurationKeyVaultOptions? KeyVault { get; private set; }

    /// <summary>An access-key connection string: <c>Endpoint=…;Id=…;Secret=…</c>.</summary>
    public AzureAppConfigurationOptions Connect(string? connectionString)
    {
        Connection = AppConfigurationConnection.Parse(connectionString);
        return this;
    }

    /// <summary>Loads the key-values matching <paramref name="keyFilter"/> with one exact label (<see cref="LabelFilter.Null"/>: no label).</summary>
    public AzureAppConfigurationOptions Select(string keyFilter, string labelFilter = LabelFilter.Null)
    {
        var selector = KeyValueSelector.Create(keyFilter, labelFilter);
        // Selecting the same keys and label again moves that selector last, where it wins.
        _selectors.Remove(selector);
        _selectors.Add(selector);
        return this;
    }

    public AzureAppConfigurationOptions TrimKeyPrefix(string prefix)
    {
        if (string.IsNullOrEmpty(prefix))
            throw new ArgumentNullException(nameof(prefix), "TrimKeyPrefix needs a non-empty prefix, e.g. 'Billing:'.");
        if (!_keyPrefixes.Contains(prefix, StringComparer.OrdinalIgnoreCase))
            _keyPrefixes.Add(prefix);
        return this;
    }

    public AzureAppConfigurationOptions ConfigureRefresh(Action<AzureAppConfigurationRefreshOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Refresh ??= new AzureAppConfigurationRefreshOptions();
        configure(Refresh);
        if (Refresh.WatchesAll && Refresh.Watchers.Count > 0)
            throw new InvalidOperationException("ConfigureRefresh: RegisterAll watches every selected key-value; it cannot be combined with Register.");
        return this;
    }

    /// <summary>Loads feature flags (all with no label unless <see cref="FeatureFlagOptions.Select"/> narrows them) for Microsoft.FeatureManagement.</summary>
    public AzureAppConfigurationOptions UseFeatureFlags(Action<FeatureFlagOptions>? configure = null)
    {
        FeatureFlags ??= new FeatureFlagOptions();
        configure?.Invoke(FeatureFlags);
        return this;
    }

    public AzureAppConfigurationOptions ConfigureKeyVault(Action<AzureAppConfigurationKeyVaultOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        KeyVault ??= new AzureAppConfigurationKeyVaultOptions();
        configure(KeyVault);
        return this;
    }
}
