using System.Globalization;
using System.Text.Json;

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// Turns a key-value into configuration entries as the provider's adapters do: a Key Vault reference becomes the
/// secret's value, a JSON content type is flattened ("Key:child", "Key:0"; leaves as JsonElement.ToString gives them),
/// anything else is taken as it is; the first matching trimmed prefix is removed from the key.
/// </summary>
internal static class KeyValueAdapter
{
    public const string KeyVaultReferenceMediaType = "application/vnd.microsoft.appconfig.keyvaultref+json";
    public const string FeatureFlagMediaType = "application/vnd.microsoft.appconfig.ff+json";

    public static async Task<IReadOnlyList<KeyValuePair<string, string?>>> AdaptAsync(
        KeyValue keyValue, IReadOnlyList<string> keyPrefixes, AzureAppConfigurationKeyVaultOptions? keyVault)
    {
        var key = Trim(keyValue.Key, keyPrefixes);
        if (keyValue.HasMediaType(KeyVaultReferenceMediaType))
            return [new(key, await ResolveAsync(keyValue, keyVault).ConfigureAwait(false))];
        if (string.IsNullOrWhiteSpace(keyValue.Value) || !IsJson(keyValue.ContentType))
            return [new(key, keyValue.Value)];
        try
        {
            // The provider wraps the value under its key; doing the same keeps its edge cases.
            using var document = JsonDocument.Parse($"{{\"{JsonEncodedText.Encode(key)}\":{keyValue.Value}}}");
            var entries = new List<KeyValuePair<string, string?>>();
            foreach (var property in document.RootElement.EnumerateObject())
                Flatten(property.Value, property.Name, entries);
            return entries;
        }
        catch (JsonException)
        {
            // A value that is not JSON stays one plain entry, as the provider keeps it.
            return [new(key, keyValue.Value)];
        }
    }

    public static void Flatten(JsonElement element, string path, List<KeyValuePair<string, string?>> entries)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Flatten(property.Value, $"{path}:{property.Name}", entries);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Flatten(item, $"{path}:{(index++).ToString(CultureInfo.InvariantCulture)}", entries);
                break;
            default:
                entries.Add(new(path, element.ToString()));
                break;
        }
    }

    private static string Trim(string key, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return key[prefix.Length..];
        }
        return key;
    }

    // "application/json", "application/x+json;profile=…": JSON, except the two types other adapters own.
    private static bool IsJson(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim() ?? "";
        if (mediaType.Equals(KeyVaultReferenceMediaType, StringComparison.OrdinalIgnoreCase) || mediaType.Equals(FeatureFlagMediaType, StringComparison.OrdinalIgnoreCase))
            return false;
        var parts = mediaType.Split('/');
        return parts.Length == 2 && parts[0].Equals("application", StringComparison.OrdinalIgnoreCase)
            && parts[1].Split('+').Contains("json", StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<string> ResolveAsync(KeyValue reference, AzureAppConfigurationKeyVaultOptions? keyVault)
    {
        if (keyVault?.SecretResolver is not { } resolve)
            throw Failure(reference, "No key vault credential or secret resolver callback configured, and no matching secret client could be found.");
        Uri secret;
        try
        {
            using var value = JsonDocument.Parse(reference.Value ?? "");
            secret = new Uri(value.RootElement.GetProperty("uri").GetString()!, UriKind.Absolute);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UriFormatException or ArgumentNullException)
        {
            throw Failure(reference, "The Key Vault reference is not {\"uri\": \"https://<vault>.vault.azure.net/secrets/<name>\"}.", ex);
        }
        return await resolve(secret).ConfigureAwait(false);
    }

    private static KeyVaultReferenceException Failure(KeyValue reference, string reason, Exception? inner = null)
    {
        var message = $"{reason} Key: '{reference.Key}' Label: '{reference.Label}'";
        return inner is null
            ? new KeyVaultReferenceException(message) { Key = reference.Key, Label = reference.Label }
            : new KeyVaultReferenceException(message, inner) { Key = reference.Key, Label = reference.Label };
    }
}
