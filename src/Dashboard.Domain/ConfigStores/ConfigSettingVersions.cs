using System.Runtime.CompilerServices;

namespace Dashboard.Domain.ConfigStores;

/// <summary>Versions read from a full listing, for stores that cannot leave the values out.</summary>
internal static class ConfigSettingVersions
{
    public static async IAsyncEnumerable<ConfigSettingVersion> FromSettings(
        IAsyncEnumerable<ConfigSetting> settings, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var setting in settings.WithCancellation(cancellationToken))
            yield return ConfigSettingVersion.Of(setting);
    }
}
