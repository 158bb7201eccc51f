using System.Text;

namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// What App Configuration accepts for one key-value, checked before anything is proposed or written: each problem names the
/// field and how to fix it. Besides the store's own rules, keys may not hold the filter characters '*', ',' and '\': a
/// selector such as 'Billing:*' could not tell such a key from the keys it names.
/// </summary>
public static class ConfigSettingRules
{
    /// <summary>App Configuration's limit for a key-value: key, label, value, content type and tags together.</summary>
    public const int MaxSettingBytes = 10 * 1024;
    public const int MaxContentTypeLength = 256;

    public static IReadOnlyList<(string Field, string Message)> Check(
        string? key, string? label, string? value, string? contentType, IReadOnlyDictionary<string, string>? tags = null)
    {
        var problems = new List<(string, string)>();
        if (ConfigKey.Problem(key) is { } keyProblem)
            problems.Add(("key", keyProblem));
        else if (key!.IndexOfAny(['*', ',', '\\']) >= 0)
            problems.Add(("key", $"Key '{key}' contains '*', ',' or '\\', which App Configuration key filters treat as wildcards and separators; choose a key without them, e.g. with ':' or '.' as separator."));
        if (ConfigLabel.Problem(label) is { } labelProblem)
            problems.Add(("label", labelProblem));
        if (contentType?.Length > MaxContentTypeLength)
            problems.Add(("contentType", $"The content type is {contentType.Length:N0} characters long; at most {MaxContentTypeLength} are allowed, e.g. 'application/json'."));
        else if (UnsafeCharacters.Describe(contentType) is { } unsafeCharacter)
            problems.Add(("contentType", $"The content type contains {unsafeCharacter}; send a media type such as 'application/json'."));
        var bytes = Bytes(key) + Bytes(label) + Bytes(value) + Bytes(contentType) + (tags?.Sum(tag => Bytes(tag.Key) + Bytes(tag.Value)) ?? 0);
        if (bytes > MaxSettingBytes)
            problems.Add(("value", $"The key-value is {bytes:N0} bytes; App Configuration allows at most {MaxSettingBytes:N0} (10 KB) for key, label, value, content type and tags together. Move large documents to blob storage and keep a reference here."));
        return problems;
    }

    private static int Bytes(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
    /// <summary>
    /// Why a write must not replace <paramref name="current"/>, or null when it may. A Key Vault reference or a feature
    /// flag written with another content type becomes a plain value: the application would read <c>{"uri": …}</c> as the
    /// setting, or stop seeing the flag. Changing the kind takes deleting the setting and creating it anew, on purpose.
    /// </summary>
    public static string? KindChangeRefusal(ConfigSetting? current, ConfigSettingWrite write)
    {
        if (current is null)
            return write.Key.StartsWith(ConfigContentTypes.FeatureFlagKeyPrefix, StringComparison.Ordinal)
                   && !ConfigContentTypes.IsMediaType(write.ContentType, ConfigContentTypes.FeatureFlag)
                ? $"{ConfigLabel.DescribeSetting(write.Key, write.Label)} is under the feature flag prefix '{ConfigContentTypes.FeatureFlagKeyPrefix}' but has content type " +
                  $"'{write.ContentType ?? "(none)"}'; feature flags need '{ConfigContentTypes.FeatureFlag}' or the provider will not see the flag."
                : null;
        if (current.IsKeyVaultReference && !ConfigContentTypes.IsMediaType(write.ContentType, ConfigContentTypes.KeyVaultReference))
            return $"{ConfigLabel.DescribeSetting(current.Key, current.Label)} is a Key Vault reference; writing it with content type '{write.ContentType ?? "(none)"}' " +
                   "would make the applications read the reference's JSON as a plain value instead of the secret. Keep its content type, or delete the key and create it anew on purpose.";
        if (current.IsFeatureFlag && !ConfigContentTypes.IsMediaType(write.ContentType, ConfigContentTypes.FeatureFlag))
            return $"{ConfigLabel.DescribeSetting(current.Key, current.Label)} is a feature flag; writing it with content type '{write.ContentType ?? "(none)"}' " +
                   "would turn it into a plain value and the feature manager would stop seeing the flag. Keep its content type, or delete the flag and create a setting on purpose.";
        return null;
    }

    /// <summary>What a write changes besides the value, for a diff: content type and each tag added, changed or removed.</summary>
    public static IReadOnlyList<string> MetadataChanges(ConfigSetting? current, ConfigSettingWrite write)
    {
        var changes = new List<string>();
        if (!string.Equals(current?.ContentType, write.ContentType, StringComparison.Ordinal))
            changes.Add($"content type: {current?.ContentType ?? "(none)"} → {write.ContentType ?? "(none)"}");
        var before = current?.Tags ?? new Dictionary<string, string>();
        foreach (var (name, value) in write.Tags)
        {
            if (!before.TryGetValue(name, out var old))
                changes.Add($"tag '{name}' added: {value}");
            else if (!string.Equals(old, value, StringComparison.Ordinal))
                changes.Add($"tag '{name}': {old} → {value}");
        }
        changes.AddRange(before.Keys.Where(name => !write.Tags.ContainsKey(name)).Select(name => $"tag '{name}' removed"));
        return changes;
    }
}
