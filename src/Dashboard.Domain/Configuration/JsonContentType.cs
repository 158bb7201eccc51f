namespace Dashboard.Domain.Configuration;

/// <summary>
/// Whether the provider treats a content type as JSON and flattens the value: media type
/// "application/…" with "json" as the subtype or one of its '+' parts, ignoring case and
/// parameters; the feature flag and Key Vault reference types are excluded (other adapters own them).
/// </summary>
public static class JsonContentType
{
    public const string KeyVaultReference = "application/vnd.microsoft.appconfig.keyvaultref+json";

    private static readonly string[] Excluded = [FeatureFlagKey.ContentType, KeyVaultReference];

    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return false;
        var mediaType = contentType.Split(';', 2)[0].Trim();
        if (Excluded.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            return false;
        var parts = mediaType.Split('/');
        if (parts.Length != 2 || parts[1].Length == 0 || !string.Equals(parts[0], "application", StringComparison.OrdinalIgnoreCase))
            return false;
        return parts[1].Split('+').Contains("json", StringComparer.OrdinalIgnoreCase);
    }
}
