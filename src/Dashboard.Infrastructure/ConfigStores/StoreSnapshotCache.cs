using Dashboard.Application.Live;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigMap;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// Each store's full listing, shared by the config map, the blast radius and the propose page for a short while, so a page
/// that recomputes on every keystroke does not list a store of tens of thousands of keys each time. A change through the
/// pipeline or outside it (seen on the live feed) drops the store's listing at once; a failed read is never kept.
/// </summary>
public sealed class StoreSnapshotCache : IDisposable
{
    private readonly IConfigStoreClientFactory _stores;
    private readonly IOptions<ConfigMapOptions> _options;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private long _generation;
    private readonly Dictionary<string, (Task<IReadOnlyList<ConfigSetting>> Listing, DateTimeOffset StartedAt)> _listings = new(StringComparer.OrdinalIgnoreCase);

    public StoreSnapshotCache(IConfigStoreClientFactory stores, IOptions<ConfigMapOptions> options, TimeProvider time, ILiveFeed feed)
    {
        _stores = stores;
        _options = options;
        _time = time;
        _subscription = feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Proposals, FeedTopic.BypassedChanges }, (_, _) =>
        {
            Clear();
            return Task.CompletedTask;
        }, TimeSpan.Zero);
    }

    /// <exception cref="ConfigStoreException">The store could not be listed.</exception>
    public Task<IReadOnlyList<ConfigSetting>> SettingsAsync(ConfigStore store, bool refresh, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        Task<IReadOnlyList<ConfigSetting>> listing;
        lock (_gate)
        {
            if (refresh || !_listings.TryGetValue(store.Name, out var cached) || cached.Listing.IsFaulted || cached.Listing.IsCanceled
                || now - cached.StartedAt >= TimeSpan.FromSeconds(_options.Value.CacheSeconds))
            {
                // Shared by every caller, so it must not die with the one whose request started it.
                cached = (Task.Run(() => ListAsync(store)), now);
                _listings[store.Name] = cached;
            }
            listing = cached.Listing;
        }
        return listing.WaitAsync(cancellationToken);
    }

    /// <summary>Grows each time the listings are dropped: a map built from an older generation is out of date.</summary>
    public long Generation
    {
        get
        {
            lock (_gate) return _generation;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _listings.Clear();
            _generation++;
        }
    }

    private async Task<IReadOnlyList<ConfigSetting>> ListAsync(ConfigStore store)
    {
        var settings = new List<ConfigSetting>();
        await foreach (var setting in _stores.For(store).ListSettingsAsync(ConfigSettingFilter.All))
            settings.Add(setting);
        return settings;
    }

    public void Dispose() => _subscription.Dispose();
}
