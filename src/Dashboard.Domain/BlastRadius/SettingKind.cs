using System.Globalization;
using System.Text.Json;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// What kind of value a setting holds, in words: how it is stored (Key Vault reference, feature flag, JSON,
/// a connection string and how it authenticates) and, for plain values, what it parses as.
/// </summary>
public static class SettingKind
{
    private static readonly string[] ConnectionStringKeys = ["server=", "data source=", "endpoint=", "accountname=", "host=", "address="];
    private static readonly string[] ManagedIdentityMarkers =
        ["authentication=active directory managed identity", "authentication=active directory msi", "authentication=activedirectorymsi",
         "authentication=active directory default", "authentication=activedirectorymanagedidentity", "authentication=activedirectorydefault"];
    private static readonly string[] LocalMarkers = ["(localdb)", "localhost", "127.0.0.1", "usedevelopmentstorage=true", ".db;", ".sqlite"];
    private static readonly string[] SecretMarkers = ["password=", "pwd=", "accountkey=", "sharedaccesskey=", "secret="];

    /// <summary>How the value is stored: the kind that drift between environments compares.</summary>
    public static string Storage(string key, string? value, string? contentType)
    {
        if (ConfigContentTypes.IsMediaType(contentType, ConfigContentTypes.KeyVaultReference)) return "a Key Vault reference";
        if (FeatureFlagKey.IsFeatureFlag(key) || ConfigContentTypes.IsMediaType(contentType, ConfigContentTypes.FeatureFlag)) return "a feature flag";
        if (JsonContentType.IsJson(contentType)) return "JSON";
        if (value is null || !IsConnectionString(value)) return "a plain value";
        var text = value.ToLowerInvariant();
        if (LocalMarkers.Any(text.Contains)) return "a local connection string";
        if (ManagedIdentityMarkers.Any(text.Contains)) return "a managed-identity connection string";
        if (SecretMarkers.Any(text.Contains)) return "a connection string with a secret in it";
        return "a connection string";
    }

    /// <summary>What the value parses as: the type a new value has to keep.</summary>
    public static string Type(string key, string? value, string? contentType)
    {
        var storage = Storage(key, value, contentType);
        if (storage is "a Key Vault reference" or "a feature flag" or "JSON") return storage;
        if (value is null) return "text";
        if (bool.TryParse(value, out _)) return "a boolean";
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return "a number";
        return "text";
    }

    /// <summary>Null when <paramref name="value"/> parses as <paramref name="type"/>; otherwise what is wrong with it.</summary>
    public static string? Mismatch(string type, string? value) => type switch
    {
        "a boolean" => bool.TryParse(value, out _) ? null : "is not true or false",
        "a number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "is not a number",
        "JSON" => JsonRoot(value) is null ? "is not valid JSON" : null,
        "a feature flag" => IsFeatureFlagDocument(value) ? null : "is not a feature flag document ({\"id\": \"…\", \"enabled\": true|false, …})",
        "a Key Vault reference" => JsonRoot(value) is { } root && root.ValueKind == JsonValueKind.Object && root.TryGetProperty("uri", out var uri)
                                   && uri.ValueKind == JsonValueKind.String
            ? null
            : "is not a Key Vault reference ({\"uri\": \"https://…\"})",
        _ => null,
    };

    /// <summary>Values never to print: Key Vault references, secret-looking keys, connection strings with secrets.</summary>
    public static bool IsSecret(string key, string? value, string? contentType) =>
        SecretDetector.LooksSecret(key)
        || ConfigContentTypes.IsMediaType(contentType, ConfigContentTypes.KeyVaultReference)
        || (value is not null && IsConnectionString(value) && SecretMarkers.Any(value.ToLowerInvariant().Contains));

    private static bool IsConnectionString(string value) =>
        value.Contains(';') && ConnectionStringKeys.Any(k => value.Contains(k, StringComparison.OrdinalIgnoreCase))
        || value.StartsWith("UseDevelopmentStorage=", StringComparison.OrdinalIgnoreCase);

    private static bool IsFeatureFlagDocument(string? value) =>
        JsonRoot(value) is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && root.TryGetProperty("enabled", out var enabled) && enabled.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static JsonElement? JsonRoot(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
