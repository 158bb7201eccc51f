namespace Dashboard.Domain.ConfigStores;

/// <summary>The content types and key prefix App Configuration gives its special settings.</summary>
public static class ConfigContentTypes
{
    public const string FeatureFlag = "application/vnd.microsoft.appconfig.ff+json;charset=utf-8";
    public const string KeyVaultReference = "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8";
    public const string FeatureFlagKeyPrefix = ".appconfig.featureflag/";

    /// <summary>True when both name the same media type; parameters such as charset are ignored.</summary>
    public static bool IsMediaType(string? contentType, string expected) =>
        contentType is not null && string.Equals(MediaType(contentType), MediaType(expected), StringComparison.OrdinalIgnoreCase);

    private static string MediaType(string contentType)
    {
        var semicolon = contentType.IndexOf(';');
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
    }
}
