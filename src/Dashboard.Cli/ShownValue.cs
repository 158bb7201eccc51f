using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Cli;

// A value as a report may show it: Key Vault references and secret-looking keys masked, long values cut.
internal static class ShownValue
{
    private const int MaxLength = 60;

    public static string Of(ConfigSetting? setting)
    {
        if (setting is null) return "(none)";
        if (setting.IsKeyVaultReference || SecretDetector.LooksSecret(setting.Key)) return SecretDetector.Mask;
        if (setting.Value is null) return "(null)";
        return setting.Value.Length <= MaxLength ? setting.Value : string.Concat(setting.Value.AsSpan(0, MaxLength), "…");
    }
}
