using System.Text;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>The sizes a local key-value may have: App Configuration's 10 KB per key-value, and column widths that keep the indexes valid.</summary>
internal static class SettingLimits
{
    /// <summary>App Configuration's limit for key, label, value, content type and tags together.</summary>
    public const int MaxSettingBytes = ConfigSettingRules.MaxSettingBytes;
    /// <summary>Keeps (store, key, label) within SQL Server's 1,700-byte index key; <see cref="ConfigKey"/> refuses longer keys.</summary>
    public const int MaxKeyLength = ConfigKey.MaxLength;
    public const int MaxLabelLength = ConfigStoreBinding.MaxLabelLength;
    public const int MaxContentTypeLength = ConfigSettingRules.MaxContentTypeLength;
    public const int MaxETagLength = 64;
    public const int MaxActorLength = 256;

    public static void Check(ConfigSettingWrite setting)
    {
        var (key, label) = (setting.Key, setting.Label);
        if (label?.Length > MaxLabelLength)
            throw ConfigStoreErrors.InvalidRequest(400, $"The label is {label.Length} characters long; at most {MaxLabelLength} are allowed.", key, label);
        if (setting.ContentType?.Length > MaxContentTypeLength)
            throw ConfigStoreErrors.InvalidRequest(400, $"The content type is {setting.ContentType.Length} characters long; at most {MaxContentTypeLength} are allowed.", key, label);

        var bytes = Bytes(key) + Bytes(label) + Bytes(setting.Value) + Bytes(setting.ContentType)
            + setting.Tags.Sum(tag => Bytes(tag.Key) + Bytes(tag.Value));
        if (bytes > MaxSettingBytes)
            throw ConfigStoreErrors.InvalidRequest(413,
                $"The setting is {bytes} bytes (key, label, value, content type and tags together); App Configuration allows at most {MaxSettingBytes} bytes (10 KB). " +
                "Shorten the value, or keep large content elsewhere and store a reference to it (e.g. a Key Vault reference).",
                key, label);
    }

    private static int Bytes(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
}
