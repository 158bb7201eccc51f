namespace Dashboard.Domain.Configuration;

/// <summary>Feature flags live in the store as key-values under a reserved key prefix.</summary>
public static class FeatureFlagKey
{
    public const string Marker = ".appconfig.featureflag/";

    public const string ContentType = "application/vnd.microsoft.appconfig.ff+json";

    public static bool IsFeatureFlag(string key) => key.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>The flag id is what follows the marker: ".appconfig.featureflag/Beta" is flag "Beta".</summary>
    public static bool TryGetFlagId(string key, out string flagId)
    {
        flagId = IsFeatureFlag(key) ? key[Marker.Length..] : "";
        return flagId.Length > 0;
    }

    public static string ForFlagId(string flagId)
    {
        if (string.IsNullOrEmpty(flagId))
            throw new DomainException("A feature flag needs an id, e.g. 'Beta' for the key '.appconfig.featureflag/Beta'.");
        return Marker + flagId;
    }
}
