using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Tests.ChangeWatch;

/// <summary>Versions as a store lists them; times are whole seconds, as Azure's are.</summary>
internal static class Versions
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static ConfigSettingVersion V(string key, string? label, string etag, int second = 0) => new(key, label, etag, Noon.AddSeconds(second));
}
