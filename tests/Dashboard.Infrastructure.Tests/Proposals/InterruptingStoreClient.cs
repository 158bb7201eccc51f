using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>
/// The real store client with a fault where a crash would hit: while <see cref="Interrupt"/> says so, a write either reaches the store
/// and then the connection dies (the gap between the store write and the save that completes the step) or dies before reaching it.
/// </summary>
internal sealed class InterruptingStoreClient(IConfigStoreClient inner) : IConfigStoreClient
{
    public enum Fault { None, AfterWrite, BeforeWrite }

    public Fault Interrupt { get; set; }

    public IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
        inner.ListSettingsAsync(filter, cancellationToken);

    public Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default) =>
        inner.GetSettingAsync(key, label, ifNoneMatchETag, cancellationToken);

    public async Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (Interrupt == Fault.BeforeWrite) throw new IOException("The connection was reset before the write reached the store.");
        var written = await inner.SetSettingAsync(setting, condition, cancellationToken);
        if (Interrupt == Fault.AfterWrite) throw new IOException("The connection was reset after the store took the write.");
        return written;
    }

    public async Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        if (Interrupt == Fault.BeforeWrite) throw new IOException("The connection was reset before the delete reached the store.");
        var deleted = await inner.DeleteSettingAsync(key, label, ifMatchETag, cancellationToken);
        if (Interrupt == Fault.AfterWrite) throw new IOException("The connection was reset after the store took the delete.");
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

    // The local store knows who wrote each version; the out-of-band watcher's tests read it through this client.
    public Task<string?> FindActorAsync(string key, string? label, string etag, bool deleted, CancellationToken cancellationToken = default) =>
        inner.FindActorAsync(key, label, etag, deleted, cancellationToken);

    /// <summary>Hands out one interrupting client per store, wrapping the real factory's.</summary>
    public sealed class Factory(IConfigStoreClientFactory real) : IConfigStoreClientFactory
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, InterruptingStoreClient> _clients = new(StringComparer.OrdinalIgnoreCase);

        public Fault Interrupt { get; set; }

        public IConfigStoreClient For(Domain.Catalog.ConfigStore store)
        {
            var client = _clients.GetOrAdd(store.Name, _ => new InterruptingStoreClient(real.For(store)));
            client.Interrupt = Interrupt;
            return client;
        }
    }
}
