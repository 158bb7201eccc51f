using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.ConfigMap;

/// <summary>The namespace of a key: its first segment, split at ':', '.' or '/' ("tax.rate.default" → "tax").</summary>
public static class KeyNamespace
{
    public const string FeatureFlags = "feature flags";

    public static string Of(string key)
    {
        if (FeatureFlagKey.IsFeatureFlag(key)) return FeatureFlags;
        var end = key.IndexOfAny([':', '.', '/']);
        return end <= 0 ? key : key[..end];
    }
}
