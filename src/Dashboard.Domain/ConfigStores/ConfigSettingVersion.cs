namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// Which version of a key-value a store holds, without its value: enough to tell whether it changed since the last
/// look. <see cref="ETag"/> changes on every write, lock and unlock; <see cref="LastModified"/> is in whole seconds on Azure.
/// </summary>
public sealed record ConfigSettingVersion(string Key, string? Label, string ETag, DateTimeOffset? LastModified)
{
    public static ConfigSettingVersion Of(ConfigSetting setting) =>
        new(setting.Key, setting.Label, setting.ETag ?? "", setting.LastModified);
}
