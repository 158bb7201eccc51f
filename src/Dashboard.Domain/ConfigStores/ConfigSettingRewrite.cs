namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// Builds the write that gives a setting a new value while keeping everything that is not the value: its content type
/// and tags stay as the store holds them unless the caller changes them on purpose. A lock is never lifted by a write
/// (a write to a locked setting is refused by the store), so the lock state is kept too.
/// </summary>
public static class ConfigSettingRewrite
{
    /// <summary>Given as <c>contentType</c> to remove the content type on purpose; null keeps the current one.</summary>
    public const string NoContentType = "";

    /// <param name="current">The setting as read (null: it does not exist yet, so there is nothing to keep).</param>
    /// <param name="contentType">Null keeps the current content type; <see cref="NoContentType"/> removes it; anything else replaces it.</param>
    /// <param name="tags">Null keeps the current tags; any dictionary (an empty one too) replaces them.</param>
    /// <exception cref="DomainException">The write would turn a Key Vault reference or a feature flag into a plain value.</exception>
    public static ConfigSettingWrite ForNewValue(
        ConfigSetting? current, string key, string? label, string? value, string? contentType = null, IReadOnlyDictionary<string, string>? tags = null)
    {
        if (current is not null && (current.Key != key || current.Label != label))
            throw new DomainException(
                $"The current setting is {ConfigLabel.DescribeSetting(current.Key, current.Label)}, not {ConfigLabel.DescribeSetting(key, label)}: read the setting being written.");
        var keptContentType = contentType switch
        {
            null => current?.ContentType,
            NoContentType => null,
            _ => contentType.Trim(),
        };
        var write = new ConfigSettingWrite(key, label, value, keptContentType, tags ?? current?.Tags);
        if (ConfigSettingRules.KindChangeRefusal(current, write) is { } refusal)
            throw new DomainException(refusal);
        return write;
    }

    /// <summary>The write that puts back a setting exactly as it was read (a rollback): value, content type and tags.</summary>
    public static ConfigSettingWrite Restoring(ConfigSetting previous) =>
        new(previous.Key, previous.Label, previous.Value, previous.ContentType, previous.Tags);
}
