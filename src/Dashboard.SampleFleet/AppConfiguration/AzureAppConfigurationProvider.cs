using Microsoft.Extensions.Logging.Abstractions;

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// Loads the selected key-values (and the registered ones, and feature flags) from one store, and refreshes them as
/// the App Configuration provider does: when a refresh is asked for (by the middleware on a request, or a caller of
/// the refresher) and the refresh interval has passed, each registered key-value is read conditionally on its ETag.
/// A change to one registered with refreshAll reloads everything and fires one reload; a change to another updates
/// that key-value alone. With RegisterAll, any change among the selected key-values reloads everything. A reload
/// fires the configuration's change token, which is what IOptionsMonitor's OnChange handlers listen to.
/// </summary>
internal sealed class AzureAppConfigurationProvider : ConfigurationProvider, IConfigurationRefresher, IDisposable
{
    private const string LogCategory = "Microsoft.Extensions.Configuration.AzureAppConfiguration.Refresh";
    private static readonly TimeSpan DefaultMaxDirtyDelay = TimeSpan.FromSeconds(30);

    private readonly AzureAppConfigurationOptions _options;
    private readonly bool _optional;
    private readonly AppConfigurationRestClient _client;
    private readonly TimeProvider _time;
    private ILoggerFactory? _loggerFactory;
    private ILogger _logger = NullLogger.Instance;
    private int _refreshing;
    private long _nextRefreshTicks;
    private long _nextFeatureFlagRefreshTicks;
    private LoadedKeyValues _loaded = LoadedKeyValues.Empty;

    public AzureAppConfigurationProvider(AzureAppConfigurationOptions options, bool optional, TimeProvider time)
    {
        _options = options;
        _optional = optional;
        _time = time;
        _client = new AppConfigurationRestClient(options.Connection!, time);
    }

    public Uri AppConfigurationEndpoint => _client.Endpoint;

    public ILoggerFactory? LoggerFactory
    {
        get => _loggerFactory;
        set
        {
            _loggerFactory = value;
            _logger = value?.CreateLogger(LogCategory) ?? NullLogger.Instance;
        }
    }

    /// <summary>The options it runs with, so what runs can be compared with what a scan of the source finds.</summary>
    internal AzureAppConfigurationOptions Options => _options;

    public override void Load()
    {
        try
        {
            // Configuration providers load synchronously, while the host is being built and nothing else waits on this thread.
            var (loaded, data) = LoadAllAsync(CancellationToken.None).GetAwaiter().GetResult();
            _loaded = loaded;
            Data = data;
        }
        catch (Exception ex) when (_optional && IsStoreFailure(ex))
        {
            // An optional store that cannot be read leaves the configuration without its keys, as the provider does.
        }
        var now = _time.GetUtcNow();
        ScheduleKeyValues(now);
        ScheduleFeatureFlags(now);
    }

    public async Task RefreshAsync(CancellationToken cancellationToken = default) =>
        await RefreshAsync(throwOnFailure: true, cancellationToken).ConfigureAwait(false);

    public Task<bool> TryRefreshAsync(CancellationToken cancellationToken = default) => RefreshAsync(throwOnFailure: false, cancellationToken);

    public void SetDirty(TimeSpan? maxDelay = null)
    {
        var delay = TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * (maxDelay ?? DefaultMaxDirtyDelay).Ticks));
        var at = (_time.GetUtcNow() + delay).UtcTicks;
        Volatile.Write(ref _nextRefreshTicks, at);
        Volatile.Write(ref _nextFeatureFlagRefreshTicks, at);
    }

    public void Dispose() => _client.Dispose();

    private async Task<bool> RefreshAsync(bool throwOnFailure, CancellationToken cancellationToken)
    {
        // One refresh at a time: a request that finds one running goes on with the data there is.
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
            return true;
        try
        {
            var now = _time.GetUtcNow();
            var keyValuesDueAt = Volatile.Read(ref _nextRefreshTicks);
            var featureFlagsDueAt = Volatile.Read(ref _nextFeatureFlagRefreshTicks);
            var keyValuesDue = _options.Refresh is not null && now.UtcTicks >= keyValuesDueAt;
            var featureFlagsDue = _options.FeatureFlags is not null && now.UtcTicks >= featureFlagsDueAt;
            if (!keyValuesDue && !featureFlagsDue)
                return true;
            try
            {
                await ReloadChangesAsync(keyValuesDue, featureFlagsDue, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (IsStoreFailure(ex))
            {
                _logger.LogWarning("Refresh from {Endpoint} failed, the configuration stays as it was: {Reason}", _client.Endpoint, ex.Message);
                if (throwOnFailure)
                    throw;
                return false;
            }
            finally
            {
                // Also after a failure: the store is tried again after an interval, not on every request. A SetDirty that
                // came while this refresh ran is kept.
                if (keyValuesDue)
                    Interlocked.CompareExchange(ref _nextRefreshTicks, (now + _options.Refresh!.RefreshInterval).UtcTicks, keyValuesDueAt);
                if (featureFlagsDue)
                    Interlocked.CompareExchange(ref _nextFeatureFlagRefreshTicks, (now + _options.FeatureFlags!.RefreshInterval).UtcTicks, featureFlagsDueAt);
            }
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task ReloadChangesAsync(bool keyValuesDue, bool featureFlagsDue, CancellationToken cancellationToken)
    {
        var current = _loaded;
        string? reloadAllBecause = null;
        var changes = new List<(KeyValueWatcher Watcher, KeyValue? Now)>();
        if (keyValuesDue && _options.Refresh!.WatchesAll)
        {
            var selected = await ListAsync(_options.Selectors, cancellationToken).ConfigureAwait(false);
            if (LoadedKeyValues.Fingerprint(selected) != current.SelectedFingerprint)
                reloadAllBecause = "a selected key-value changed (RegisterAll)";
        }
        else if (keyValuesDue)
        {
            foreach (var watcher in _options.Refresh!.Watchers)
            {
                var etag = current.WatchedETags.GetValueOrDefault(watcher.Identifier);
                var read = await _client.GetAsync(watcher.Key, watcher.Label, etag, cancellationToken).ConfigureAwait(false);
                if (read.NotModified || read.KeyValue?.ETag == etag)
                    continue;
                if (watcher.RefreshAll)
                {
                    reloadAllBecause = $"{watcher.Identifier} changed and is registered with refreshAll";
                    break;
                }
                changes.Add((watcher, read.KeyValue));
            }
        }

        LoadedKeyValues next;
        IDictionary<string, string?> data;
        string reason;
        if (reloadAllBecause is not null)
        {
            (next, data) = await LoadAllAsync(cancellationToken).ConfigureAwait(false);
            reason = $"{reloadAllBecause}: every selected key-value reloaded";
        }
        else
        {
            IReadOnlyList<KeyValue>? flags = null;
            if (featureFlagsDue)
            {
                flags = await ListFeatureFlagsAsync(cancellationToken).ConfigureAwait(false);
                if (LoadedKeyValues.Fingerprint(flags) == current.FeatureFlagFingerprint)
                    flags = null;
            }
            if (changes.Count == 0 && flags is null)
                return;
            next = current.With(changes, flags);
            data = await BuildDataAsync(next).ConfigureAwait(false);
            reason = string.Join("; ", changes.Select(c => $"{c.Watcher.Identifier} changed").Concat(flags is null ? [] : ["feature flags changed"]));
        }
        _loaded = next;
        Data = data;
        _logger.LogInformation("Configuration reloaded from {Endpoint}: {Reason}.", _client.Endpoint, reason);
        OnReload();
    }

    private async Task<(LoadedKeyValues Loaded, IDictionary<string, string?> Data)> LoadAllAsync(CancellationToken cancellationToken)
    {
        var selected = await ListAsync(_options.Selectors, cancellationToken).ConfigureAwait(false);
        // The last selector wins for a key, as in the provider.
        var keyValues = new Dictionary<string, KeyValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyValue in selected)
            keyValues[keyValue.Key] = keyValue;

        // Registered key-values are loaded too, even when no selector loads them.
        var watched = new Dictionary<KeyValueIdentifier, string?>();
        foreach (var watcher in _options.Refresh?.Watchers ?? [])
        {
            if (keyValues.TryGetValue(watcher.Key, out var loaded) && loaded.Identifier == watcher.Identifier)
            {
                watched[watcher.Identifier] = loaded.ETag;
                continue;
            }
            var read = await _client.GetAsync(watcher.Key, watcher.Label, ifNoneMatch: null, cancellationToken).ConfigureAwait(false);
            watched[watcher.Identifier] = read.KeyValue?.ETag;
            if (read.KeyValue is { } found)
                keyValues[found.Key] = found;
        }

        var flags = _options.FeatureFlags is null ? [] : await ListFeatureFlagsAsync(cancellationToken).ConfigureAwait(false);
        var next = new LoadedKeyValues(keyValues, flags, watched, LoadedKeyValues.Fingerprint(selected), LoadedKeyValues.Fingerprint(flags));
        return (next, await BuildDataAsync(next).ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<KeyValue>> ListAsync(IReadOnlyList<KeyValueSelector> selectors, CancellationToken cancellationToken)
    {
        var items = new List<KeyValue>();
        foreach (var selector in selectors)
            items.AddRange(await _client.ListAsync(selector.KeyFilter, selector.LabelFilter, cancellationToken).ConfigureAwait(false));
        return items;
    }

    private async Task<IReadOnlyList<KeyValue>> ListFeatureFlagsAsync(CancellationToken cancellationToken)
    {
        var flags = new Dictionary<string, KeyValue>(StringComparer.Ordinal);
        foreach (var flag in await ListAsync(_options.FeatureFlags!.Selectors, cancellationToken).ConfigureAwait(false))
            flags[flag.Key] = flag;
        return [.. flags.Values];
    }

    private async Task<IDictionary<string, string?>> BuildDataAsync(LoadedKeyValues loaded)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var prefixes = _options.KeyPrefixes;
        foreach (var keyValue in loaded.KeyValues.Values)
        {
            foreach (var (key, value) in await KeyValueAdapter.AdaptAsync(keyValue, prefixes, _options.KeyVault).ConfigureAwait(false))
                data[key] = value;
        }
        foreach (var (key, value) in FeatureFlagMapper.Map(loaded.FeatureFlags))
            data[key] = value;
        return data;
    }

    private void ScheduleKeyValues(DateTimeOffset now) =>
        Volatile.Write(ref _nextRefreshTicks, (now + (_options.Refresh?.RefreshInterval ?? TimeSpan.Zero)).UtcTicks);

    private void ScheduleFeatureFlags(DateTimeOffset now) =>
        Volatile.Write(ref _nextFeatureFlagRefreshTicks, (now + (_options.FeatureFlags?.RefreshInterval ?? TimeSpan.Zero)).UtcTicks);

    private static bool IsStoreFailure(Exception ex) => ex is AppConfigurationRequestException or KeyVaultReferenceException or FormatException;
}
