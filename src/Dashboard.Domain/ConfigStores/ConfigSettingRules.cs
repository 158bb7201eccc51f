using System.Text;

namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// What App Configuration accepts for one key-value, checked before anything is proposed or written:
/// each problem names the field and how to fix it.
/// </summary>
public static class ConfigSettingRules
{
    /// <summary>App Configuration's limit for a key-value: key, label, value and content type together.</summary>
    public const int MaxSettingBytes = 10 * 1024;

    public static IReadOnlyList<(string Field, string Message)> Check(string? key, string? label, string? value, string? contentType)
    {
        var problems = new List<(string, string)>();
        try { ConfigKey.Validate(key); }
        catch (DomainException ex) { problems.Add(("key", ex.Message)); }
        if (label is not null && label.IndexOfAny(['*', ',', '\\']) >= 0)
            problems.Add(("label", $"Label '{label}' contains '*', ',' or '\\', which App Configuration reserves for filters; choose a label without them."));
        if (label is not null && label.Any(char.IsControl))
            problems.Add(("label", "The label contains a control character; labels are plain text such as 'production'."));
        var bytes = Encoding.UTF8.GetByteCount(key ?? "") + Encoding.UTF8.GetByteCount(label ?? "")
                    + Encoding.UTF8.GetByteCount(value ?? "") + Encoding.UTF8.GetByteCount(contentType ?? "");
        if (bytes > MaxSettingBytes)
            problems.Add(("value", $"The key-value is {bytes:N0} bytes; App Configuration allows at most {MaxSettingBytes:N0} (10 KB) for key, label, value and content type together. Move large documents to blob storage and keep a reference here."));
        return problems;
    }

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
