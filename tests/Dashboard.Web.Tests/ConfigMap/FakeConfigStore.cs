using System.Globalization;
using System.Runtime.CompilerServices;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Web.Tests.ConfigMap;

/// <summary>A store that lists given settings, or fails as a store answering an error would. Only listing is used by the map.</summary>
public sealed class FakeConfigStore : IConfigStoreClient, IConfigStoreClientFactory
{
    public List<ConfigSetting> Settings { get; } = [];
    public ConfigStoreException? Failure { get; set; }

    public IConfigStoreClient For(ConfigStore store) => this;

    public static ConfigSetting Setting(string key, string? label, string? value, string? contentType = null) =>
        new(key, label, value, contentType, $"etag-{key}", new Dictionary<string, string>(), false, DateTimeOffset.Parse("2026-11-01T10:00:00Z", CultureInfo.InvariantCulture));

    public async IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (Failure is not null) throw Failure;
        foreach (var setting in Settings) yield return setting;
    }

    public Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default)
    {
        var setting = Settings.FirstOrDefault(s => s.Key == key && s.Label == label);
        return Task.FromResult(setting is null ? ConfigReadResult.NotFound(key, label) : ConfigReadResult.Found(setting));
    }
    public Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
