using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

public sealed class DemoConfigurationSeedingTests
{
    [Fact]
    public async Task InitializeAsync_EmptyDatabase_PutsTheStoryKeyUnderBothLabels()
    {
        using var database = new SqliteTestDatabase();

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        var store = database.ConfigStores.Get(DemoCatalog.SharedStore);
        foreach (var label in new[] { "staging", "production" })
        {
            var read = await store.GetSettingAsync("tax.rate.default", label);
            Assert.Equal(ConfigReadStatus.Found, read.Status);
            Assert.Equal("0.08", read.Setting!.Value);
            Assert.False(string.IsNullOrEmpty(read.ETag));
        }
    }

    [Fact]
    public async Task InitializeAsync_EmptyDatabase_GivesBothLabelsTheSameKeysWithSomeDrift()
    {
        using var database = new SqliteTestDatabase();

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        var store = database.ConfigStores.Get(DemoCatalog.SharedStore);
        var staging = await ValuesAsync(store, "staging");
        var production = await ValuesAsync(store, "production");
        Assert.Equal(staging.Keys, production.Keys);
        Assert.Contains("Billing:Sentinel", staging.Keys);
        Assert.Contains(".appconfig.featureflag/billing-new-tax-engine", staging.Keys);
        Assert.Contains(".appconfig.featureflag/invoice-dark-mode", staging.Keys);
        Assert.Contains(staging.Keys, key => staging[key] != production[key]);
        Assert.Equal("0", production["Billing:Retry:BackoffSeconds"]);
        Assert.Empty(await store.ListSettingsAsync(new ConfigSettingFilter(LabelFilter: ConfigSettingFilter.NullLabel)).ToListAsync());
    }

    [Fact]
    public async Task InitializeAsync_EmptyDatabase_SeedsSpecialSettingsWithTheirContentTypesAndRevisions()
    {
        using var database = new SqliteTestDatabase();

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        var store = database.ConfigStores.Get(DemoCatalog.SharedStore);
        var connection = (await store.GetSettingAsync("Billing:Database:ConnectionString", "production")).Setting!;
        Assert.True(connection.IsKeyVaultReference);
        Assert.Equal("""{"uri":"https://contoso-billing-kv.vault.azure.net/secrets/billing-sql"}""", connection.Value);
        Assert.Equal("application/json", (await store.GetSettingAsync("Invoice:Layout", "staging")).Setting!.ContentType);
        Assert.True((await store.GetSettingAsync(".appconfig.featureflag/billing-new-tax-engine", "staging")).Setting!.IsFeatureFlag);
        var history = await store.ListHistoryAsync(ConfigSettingFilter.All).ToListAsync();
        Assert.Equal(DemoConfiguration.Build().Count, history.Count);
        Assert.All(history, h => Assert.Equal("demo-seed", h.Actor));
    }

    [Fact]
    public async Task InitializeAsync_RunTwice_SeedsTheKeysOnce()
    {
        using var database = new SqliteTestDatabase();

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        var store = database.ConfigStores.Get(DemoCatalog.SharedStore);
        var history = await store.ListHistoryAsync(ConfigSettingFilter.All).ToListAsync();
        Assert.Equal(DemoConfiguration.Build().Count, history.Count);
    }

    private static async Task<Dictionary<string, string?>> ValuesAsync(IConfigStoreClient store, string label) =>
        (await store.ListSettingsAsync(new ConfigSettingFilter(LabelFilter: label)).ToListAsync()).ToDictionary(s => s.Key, s => s.Value);
}
