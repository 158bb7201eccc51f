using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.ConfigMap;

/// <summary>
/// The namespace of a key: its first segment, split at ':', '.' or '/' ("tax.rate.default" → "tax").
/// Feature flags are grouped by their id's first segment ("billing-new-tax-engine" → "flags: billing"),
/// so two teams' unrelated flags do not look like one shared namespace.
/// </summary>
public static class KeyNamespace
{
    public const string FeatureFlagPrefix = "flags: ";

    public static string Of(string key) =>
        FeatureFlagKey.TryGetFlagId(key, out var flagId)
            ? FeatureFlagPrefix + FirstSegment(flagId, [':', '.', '/', '-', '_'])
            : FirstSegment(key, [':', '.', '/']);

    private static string FirstSegment(string text, char[] separators)
    {
        var end = text.IndexOfAny(separators);
        return end <= 0 ? text : text[..end];
    }
}
