using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.ConfigMap;

/// <summary>A key-value of the live store with every service that depends on it.</summary>
public sealed record MappedKey(
    KeyLabel Setting,
    string Namespace,
    string? DisplayValue,
    bool IsSecret,
    string? ContentType,
    UsageSource? Revision,
    IReadOnlyList<KeyUsage> Usages)
{
    /// <summary>The services that use the key, in ordinal order.</summary>
    public IReadOnlyList<string> Services { get; } = [.. Usages.Select(u => u.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>More than one service depends on it: a change here is a change for all of them.</summary>
    public bool IsShared => Services.Count > 1;

    public bool IsFeatureFlag => FeatureFlagKey.IsFeatureFlag(Setting.Key);
}
