using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;

namespace Dashboard.Web.Hosting.Testing;

/// <summary>
/// TEST ONLY: stops the process hard (<see cref="Environment.FailFast(string)"/>) right after a config store has taken a write under
/// one label, before the pipeline records it, so a test can prove that a crash in the claim gap loses nothing. It is registered
/// only when the environment is named "Testing" and <see cref="Setting"/> is set; in every other run the real store clients are
/// used untouched and this type is never constructed.
/// </summary>
internal sealed class CrashAfterStoreWrite(IConfigStoreClientFactory inner, string label) : IConfigStoreClientFactory
{
    public const string EnvironmentName = "Testing";
    public const string Setting = "Testing:CrashAfterStoreWriteLabel";

    public IConfigStoreClient For(ConfigStore store) => new Client(inner.For(store), label);

    /// <summary>Wraps the store clients when, and only when, a Testing run asks for it.</summary>
    public static void AddIfRequested(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsEnvironment(EnvironmentName) || builder.Configuration[Setting] is not { Length: > 0 } label) return;
        builder.Services.AddSingleton<IConfigStoreClientFactory>(services =>
            new CrashAfterStoreWrite(services.GetRequiredService<ConfigStoreClientFactory>(), label));
    }

    private sealed class Client(IConfigStoreClient inner, string label) : IConfigStoreClient
    {
        public IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
            inner.ListSettingsAsync(filter, cancellationToken);

        public Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default) =>
            inner.GetSettingAsync(key, label, ifNoneMatchETag, cancellationToken);

        public async Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default)
        {
            var written = await inner.SetSettingAsync(setting, condition, cancellationToken);
            CrashIfWatched(setting.Key, setting.Label);
            return written;
        }

        public async Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default)
        {
            var deleted = await inner.DeleteSettingAsync(key, label, ifMatchETag, cancellationToken);
            CrashIfWatched(key, label);
            return deleted;
        }

        public Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
            inner.LockSettingAsync(key, label, ifMatchETag, cancellationToken);

        public Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
            inner.UnlockSettingAsync(key, label, ifMatchETag, cancellationToken);

        public IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
            inner.ListRevisionsAsync(filter, cancellationToken);

        public IAsyncEnumerable<ConfigSettingVersion> ListVersionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
            inner.ListVersionsAsync(filter, cancellationToken);

        public Task<string?> FindActorAsync(string key, string? label, string etag, bool deleted, CancellationToken cancellationToken = default) =>
            inner.FindActorAsync(key, label, etag, deleted, cancellationToken);

        private void CrashIfWatched(string key, string? writtenLabel)
        {
            if (string.Equals(writtenLabel, label, StringComparison.Ordinal))
                Environment.FailFast($"Testing: stopping hard after the store took '{key}' under label '{writtenLabel}', before the pipeline recorded it.");
        }
    }
}
