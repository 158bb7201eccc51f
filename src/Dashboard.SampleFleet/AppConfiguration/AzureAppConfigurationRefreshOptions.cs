namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// What <c>ConfigureRefresh</c> watches: registered key-values (a change to one with <c>refreshAll</c>, the sentinel
/// pattern, reloads everything the provider selected; without it only that key-value is updated), or every selected
/// key-value (<see cref="RegisterAll"/>); checked at most once per refresh interval (default 30 s, at least 1 s).
/// </summary>
public class AzureAppConfigurationRefreshOptions
{
    internal static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(30);
    internal static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(1);

    private readonly List<KeyValueWatcher> _watchers = [];

    internal IReadOnlyList<KeyValueWatcher> Watchers => _watchers;
    internal bool WatchesAll { get; private set; }
    internal TimeSpan RefreshInterval { get; private set; } = DefaultRefreshInterval;

    public AzureAppConfigurationRefreshOptions Register(string key, bool refreshAll) => Register(key, LabelFilter.Null, refreshAll);

    public AzureAppConfigurationRefreshOptions Register(string key, string label = LabelFilter.Null, bool refreshAll = false)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Contains('*', StringComparison.Ordinal) || key.Contains(',', StringComparison.Ordinal))
            throw new ArgumentException($"Register watches one key, without '*' or ','; '{key}' is not one.", nameof(key));
        if (label is not null && (label.Contains('*', StringComparison.Ordinal) || label.Contains(',', StringComparison.Ordinal)))
            throw new ArgumentException($"Register watches one exact label; '{label}' is a filter.", nameof(label));
        var watcher = new KeyValueWatcher(key, string.IsNullOrEmpty(label) ? LabelFilter.Null : label, refreshAll);
        _watchers.RemoveAll(w => w.Identifier == watcher.Identifier);
        _watchers.Add(watcher);
        return this;
    }

    /// <summary>Watches every key-value the provider selected; any change reloads them all.</summary>
    public AzureAppConfigurationRefreshOptions RegisterAll()
    {
        WatchesAll = true;
        return this;
    }

    public AzureAppConfigurationRefreshOptions SetRefreshInterval(TimeSpan refreshInterval)
    {
        RefreshInterval = CheckInterval(refreshInterval);
        return this;
    }

    internal static TimeSpan CheckInterval(TimeSpan interval) => interval >= MinimumRefreshInterval
        ? interval
        : throw new ArgumentOutOfRangeException(nameof(interval), interval, $"The refresh interval must be at least {MinimumRefreshInterval.TotalSeconds:0} s.");
}
