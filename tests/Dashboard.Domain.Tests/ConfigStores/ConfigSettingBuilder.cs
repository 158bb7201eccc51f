using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Tests.ConfigStores;

/// <summary>Settings as a store would return them, varied one property at a time.</summary>
public static class ConfigSettingBuilder
{
    public static ConfigSetting Setting(string key = "Billing:TaxRate", string? value = "0.08", string? contentType = null, string? label = "prod") =>
        new(key, label, value, contentType, "etag-1", new Dictionary<string, string>(), IsLocked: false, LastModified: null);
}
