using System.Text.Json;

namespace Dashboard.Domain.ConfigStores;

/// <summary>What a caller sends to create or replace a setting; the store adds the ETag, lock and timestamp.</summary>
public sealed record ConfigSettingWrite
{
    public ConfigSettingWrite(string key, string? label, string? value, string? contentType = null, IReadOnlyDictionary<string, string>? tags = null)
    {
        Key = ConfigKey.Validate(key);
        Label = label;
        Value = value;
        ContentType = contentType;
        // Copied so later changes by the caller cannot alter what is sent; insertion order is kept.
        Tags = tags is null ? new Dictionary<string, string>() : new Dictionary<string, string>(tags);
    }

    public string Key { get; }
    public string? Label { get; }
    public string? Value { get; }
    public string? ContentType { get; }
    public IReadOnlyDictionary<string, string> Tags { get; }

    /// <summary>A Key Vault reference: the store keeps only the secret's URI, the application resolves it.</summary>
    public static ConfigSettingWrite KeyVaultReference(string key, string? label, Uri secretUri)
    {
        if (!secretUri.IsAbsoluteUri)
            throw new DomainException($"Key Vault reference '{key}' needs the secret's absolute URI, e.g. https://my-vault.vault.azure.net/secrets/name.");
        var value = JsonSerializer.Serialize(new Dictionary<string, string> { ["uri"] = secretUri.ToString() });
        return new ConfigSettingWrite(key, label, value, ConfigContentTypes.KeyVaultReference);
    }

    /// <summary>A feature flag with no filters: on or off for everyone.</summary>
    public static ConfigSettingWrite FeatureFlag(string featureId, string? label, bool enabled)
    {
        if (string.IsNullOrWhiteSpace(featureId))
            throw new DomainException("A feature flag needs an id, e.g. 'Beta'.");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", featureId);
            writer.WriteBoolean("enabled", enabled);
            writer.WriteStartObject("conditions");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        var value = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return new ConfigSettingWrite(ConfigContentTypes.FeatureFlagKeyPrefix + featureId, label, value, ConfigContentTypes.FeatureFlag);
    }
}
