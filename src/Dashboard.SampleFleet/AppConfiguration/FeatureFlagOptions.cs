namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>Which feature flags <c>UseFeatureFlags</c> loads, and how often they are checked for change.</summary>
public class FeatureFlagOptions
{
    /// <summary>The key prefix App Configuration gives feature flags.</summary>
    internal const string KeyPrefix = ".appconfig.featureflag/";

    private readonly List<KeyValueSelector> _selectors = [];

    internal IReadOnlyList<KeyValueSelector> Selectors =>
        _selectors.Count > 0 ? _selectors : [new KeyValueSelector(KeyPrefix + KeyFilter.Any, LabelFilter.Null)];

    internal TimeSpan RefreshInterval { get; private set; } = AzureAppConfigurationRefreshOptions.DefaultRefreshInterval;

    /// <summary>Flags whose id matches <paramref name="featureFlagFilter"/> ('*' ends a prefix), with one exact label.</summary>
    public FeatureFlagOptions Select(string featureFlagFilter, string labelFilter = LabelFilter.Null)
    {
        var selector = KeyValueSelector.Create(KeyPrefix + featureFlagFilter, labelFilter);
        _selectors.Remove(selector);
        _selectors.Add(selector);
        return this;
    }

    public FeatureFlagOptions SetRefreshInterval(TimeSpan refreshInterval)
    {
        RefreshInterval = AzureAppConfigurationRefreshOptions.CheckInterval(refreshInterval);
        return this;
    }
}
