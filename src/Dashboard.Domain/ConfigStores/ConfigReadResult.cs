namespace Dashboard.Domain.ConfigStores;

/// <summary>The answer to a single-setting read. <see cref="Setting"/> is set only when <see cref="Status"/> is Found.</summary>
public sealed record ConfigReadResult(ConfigReadStatus Status, string Key, string? Label, ConfigSetting? Setting, string? ETag)
{
    public static ConfigReadResult Found(ConfigSetting setting) => new(ConfigReadStatus.Found, setting.Key, setting.Label, setting, setting.ETag);

    public static ConfigReadResult NotModified(string key, string? label, string? etag) => new(ConfigReadStatus.NotModified, key, label, null, etag);

    public static ConfigReadResult NotFound(string key, string? label) => new(ConfigReadStatus.NotFound, key, label, null, null);
}
