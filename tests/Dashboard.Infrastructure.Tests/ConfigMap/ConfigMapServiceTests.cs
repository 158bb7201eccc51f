using System.Globalization;
using System.Runtime.CompilerServices;
using Dashboard.Application.Live;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.ConfigMap;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Scanning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.ConfigMap;

public class ConfigMapServiceTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture));
    private readonly CountingStore _store = new();

    [Fact]
    public async Task BuildAsync_WithinTheCacheWindow_SharesOneBuild()
    {
        var service = Service();

        var first = await service.BuildAsync("shared", "production", CancellationToken.None);
        var second = await service.BuildAsync("shared", "production", CancellationToken.None);

        Assert.Equal(1, _store.Lists);
        Assert.Same(first.Map, second.Map);
        Assert.Equal(_time.GetUtcNow(), first.BuiltAt);
    }

    [Fact]
    public async Task BuildAsync_AfterAChangeOnTheLiveFeed_RebuildsFromTheStore()
    {
        var service = Service();
        await service.BuildAsync("shared", "production", CancellationToken.None);

        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "p-1", _time.GetUtcNow()));
        // The feed drops the store's listing on its own thread: a build after that lists the store again.
        await WaitUntilAsync(async () =>
        {
            await service.BuildAsync("shared", "production", CancellationToken.None);
            return _store.Lists > 1;
        });

        Assert.Equal(2, _store.Lists);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++) await Task.Delay(20);
    }

    [Fact]
    public async Task BuildAsync_AfterTheWindowOrOnRefresh_RebuildsFromTheStore()
    {
        var service = Service();
        await service.BuildAsync("shared", "production", CancellationToken.None);

        await service.BuildAsync("shared", "production", CancellationToken.None, refresh: true);
        _time.Advance(TimeSpan.FromSeconds(16));
        var late = await service.BuildAsync("shared", "production", CancellationToken.None);

        Assert.Equal(3, _store.Lists);
        Assert.Equal(_time.GetUtcNow(), late.BuiltAt);
    }

    [Fact]
    public async Task BuildAsync_EachEnvironment_HasItsOwnMap()
    {
        var service = Service();

        var production = await service.BuildAsync("shared", "production", CancellationToken.None);
        var staging = await service.BuildAsync("shared", "staging", CancellationToken.None);

        Assert.Equal("0.08", production.Map!.Keys.Single().DisplayValue);
        Assert.Equal("0.0825", staging.Map!.Keys.Single().DisplayValue);
    }

    [Fact]
    public async Task BuildAsync_StoreRefusing_IsADiagnosticAndTheFailureIsNotCached()
    {
        var service = Service();
        _store.Failure = ConfigStoreErrors.Forbidden(ConfigStoreRequest.Read("shared"), null);

        var refused = await service.BuildAsync("shared", "production", CancellationToken.None);
        _store.Failure = null;
        var later = await service.BuildAsync("shared", "production", CancellationToken.None);

        Assert.Contains(refused.Diagnostics, d => d.Contains("403"));
        Assert.Empty(refused.Map!.Keys);
        Assert.Equal(2, _store.Lists);
        Assert.Single(later.Map!.Keys);
    }

    [Fact]
    public async Task BuildAsync_UnknownStoreOrEnvironment_FallsBackToTheFirstStoreAndLastEnvironment()
    {
        var result = await Service().BuildAsync("nope", "nowhere", CancellationToken.None);

        Assert.Equal("shared", result.Store!.Name);
        Assert.Equal("production", result.Environment!.Name);
    }

    private readonly LiveFeed _feed = new(TimeProvider.System, NullLogger<LiveFeed>.Instance);

    private ConfigMapService Service()
    {
        var options = Options.Create(new ConfigMapOptions { CacheSeconds = 15 });
        return new(new FixedCatalog(), new StoreSnapshotCache(_store, options, _time, _feed), new NoScan(), options, _time,
            NullLogger<ConfigMapService>.Instance);
    }

    private sealed class FixedCatalog : ICatalogSource
    {
        public Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken)
        {
            var catalog = new ServiceCatalog();
            catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
            catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
            catalog.AddStore(new ConfigStore("shared", ConfigStoreKind.Local, null),
                new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));
            return Task.FromResult(catalog);
        }
    }

    private sealed class NoScan : IScanSnapshotSource
    {
        public Task<ScanSnapshot> GetAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new ScanSnapshot("/src", new ScanResult([], []), DateTimeOffset.UnixEpoch, null));

        public Task<ScanSnapshot> RefreshAsync(CancellationToken cancellationToken) => GetAsync(cancellationToken);
    }

    private sealed class CountingStore : IConfigStoreClient, IConfigStoreClientFactory
    {
        public int Lists { get; private set; }
        public ConfigStoreException? Failure { get; set; }

        public IConfigStoreClient For(ConfigStore store) => this;

        public async IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Lists++;
            await Task.Yield();
            if (Failure is not null) throw Failure;
            yield return Setting("production", "0.08");
            yield return Setting("staging", "0.0825");
        }

        private static ConfigSetting Setting(string label, string value) =>
            new("tax.rate.default", label, value, null, "e-" + label, new Dictionary<string, string>(), false, null);

        public Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
