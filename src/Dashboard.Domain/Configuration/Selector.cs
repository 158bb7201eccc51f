namespace Dashboard.Domain.Configuration;

/// <summary>
/// One Select call of the App Configuration provider: a key filter and a label filter.
/// A key-value is selected when both match. <see cref="ForSelect"/> and <see cref="ForFeatureFlags"/>
/// apply the provider's argument rules; the constructor takes any REST-style filters.
/// </summary>
public sealed record Selector(KeyFilter KeyFilter, LabelFilter LabelFilter)
{
    public static Selector ProviderDefault { get; } = new(KeyFilter.Any, LabelFilter.Null);

    /// <summary>True when this selector came from UseFeatureFlags rather than Select.</summary>
    public bool IsFeatureFlagSelector { get; private init; }

    public bool Matches(string key, string? label) => KeyFilter.Matches(key) && LabelFilter.Matches(label);

    public bool Matches(KeyLabel keyLabel) => Matches(keyLabel.Key, keyLabel.Label);

    /// <summary>
    /// The selector <c>options.Select(keyFilter, labelFilter)</c> builds, with the provider's rules:
    /// the key filter is required, a missing label means the null label, and '*' or ',' in a label
    /// filter is refused (the provider throws at startup).
    /// </summary>
    public static Selector ForSelect(string? keyFilter, string? labelFilter = LabelFilter.NullLabelText)
    {
        if (string.IsNullOrEmpty(keyFilter))
            throw new DomainException("Select needs a key filter: use '*' for every key, 'prefix*' for a namespace, or an exact key.");
        return new Selector(KeyFilter.Parse(keyFilter), ProviderLabel(labelFilter, $"Select(\"{keyFilter}\", ...)"));
    }

    /// <summary>
    /// The selector <c>UseFeatureFlags(o =&gt; o.Select(flagFilter, labelFilter))</c> builds: the flag-id filter
    /// is appended to the feature flag marker, so "Billing*" selects ".appconfig.featureflag/Billing*".
    /// </summary>
    public static Selector ForFeatureFlags(string? flagIdFilter, string? labelFilter = LabelFilter.NullLabelText)
    {
        if (string.IsNullOrEmpty(flagIdFilter))
            throw new DomainException("Selecting feature flags needs a flag-id filter: use '*' for every flag or 'prefix*' for a group.");
        if (flagIdFilter.EndsWith("\\*", StringComparison.Ordinal))
            throw new DomainException($"The feature flag filter '{flagIdFilter}' ends with '\\*', which the provider refuses; drop the '\\' for a prefix match.");
        // The provider concatenates the text, so a ',' list keeps only its first alternative under the marker.
        var keyFilter = KeyFilter.Parse(FeatureFlagKey.Marker + flagIdFilter);
        return new Selector(keyFilter, ProviderLabel(labelFilter, $"feature flag filter '{flagIdFilter}'"))
        {
            IsFeatureFlagSelector = true,
        };
    }

    public override string ToString() => $"Select(\"{KeyFilter}\", \"{LabelFilter}\")";

    private static LabelFilter ProviderLabel(string? labelFilter, string context)
    {
        if (labelFilter is not null && (labelFilter.Contains('*') || labelFilter.Contains(',')))
            throw new DomainException(
                $"The label filter '{labelFilter}' of {context} contains '*' or ',', which the App Configuration provider refuses; select each label with its own Select call.");
        return LabelFilter.Parse(labelFilter);
    }
}
