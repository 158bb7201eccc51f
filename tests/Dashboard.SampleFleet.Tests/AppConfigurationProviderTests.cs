using Dashboard.Domain.ConfigStores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.AzureAppConfiguration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.FeatureManagement;

namespace Dashboard.SampleFleet.Tests;

/// <summary>
/// The fleet's App Configuration provider against the dashboard's real read endpoint: the provider's semantics for
/// selectors, labels, prefixes, JSON, feature flags, Key Vault references and refresh. Each test writes its own keys
/// under a label of its own.
/// </summary>
public sealed class AppConfigurationProviderTests(DashboardStoreFixture store) : IClassFixture<DashboardStoreFixture>
{
    private readonly string _label = $"t{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task Select_TwoLabels_TheLaterSelectorWins()
    {
        await SetAsync("Sel:Color", "first", "red");
        await SetAsync("Sel:Color", "second", "blue");
        await SetAsync("Sel:Size", "first", "large");

        var firstThenSecond = Build(o => o.Select("Sel:*", Label("first")).Select("Sel:*", Label("second")));
        var secondThenFirst = Build(o => o.Select("Sel:*", Label("second")).Select("Sel:*", Label("first")));

        Assert.Equal(("blue", "large"), (firstThenSecond["Sel:Color"], firstThenSecond["Sel:Size"]));
        Assert.Equal("red", secondThenFirst["Sel:Color"]);
    }

    [Fact]
    public async Task Select_OnlyTheSelectedLabelAndKeys_AreLoaded()
    {
        await SetAsync("Iso:Rate", "staging", "0.0825");
        await SetAsync("Iso:Rate", "production", "0.08");
        await SetAsync("Other:Rate", "staging", "1");

        var configuration = Build(o => o.Select("Iso:*", Label("production")));

        Assert.Equal("0.08", configuration["Iso:Rate"]);
        Assert.Null(configuration["Other:Rate"]);
    }

    [Fact]
    public async Task Select_NoSelector_LoadsKeysWithoutLabelOnly()
    {
        var key = $"Unlabelled:{_label}";
        await store.Store.SetSettingAsync(new ConfigSettingWrite(key, null, "plain"), ConfigWriteCondition.Always);
        await SetAsync(key + ":Labelled", "x", "labelled");

        var configuration = Build(_ => { });

        Assert.Equal("plain", configuration[key]);
        Assert.Null(configuration[key + ":Labelled"]);
    }

    [Fact]
    public async Task TrimKeyPrefix_TheLongestMatchingPrefixIsRemoved()
    {
        await SetAsync("Trim:Billing:Rate", "x", "0.08");
        await SetAsync("Trim:Other", "x", "o");

        var configuration = Build(o => o.Select("Trim:*", Label("x")).TrimKeyPrefix("Trim:").TrimKeyPrefix("Trim:Billing:"));

        Assert.Equal(("0.08", "o"), (configuration["Rate"], configuration["Other"]));
    }

    [Fact]
    public async Task JsonContentType_IsFlattenedIntoSections()
    {
        await store.Store.SetSettingAsync(new ConfigSettingWrite("Json:Layout", Label("x"), """{"columns":["sku","tax"],"showTaxBreakdown":true}""", "application/json"),
            ConfigWriteCondition.Always);

        var configuration = Build(o => o.Select("Json:*", Label("x")));

        Assert.Equal(("sku", "tax", "True"),
            (configuration["Json:Layout:columns:0"], configuration["Json:Layout:columns:1"], configuration["Json:Layout:showTaxBreakdown"]));
    }

    [Fact]
    public async Task FeatureFlags_AreSeenByTheFeatureManager()
    {
        await store.Store.SetSettingAsync(ConfigSettingWrite.FeatureFlag($"flag-{_label}-on", Label("x"), enabled: true), ConfigWriteCondition.Always);
        await store.Store.SetSettingAsync(ConfigSettingWrite.FeatureFlag($"flag-{_label}-off", Label("x"), enabled: false), ConfigWriteCondition.Always);
        var configuration = Build(o => o.Select("None:*", Label("x")).UseFeatureFlags(f => f.Select($"flag-{_label}-*", Label("x"))));
        var features = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddFeatureManagement().Services
            .BuildServiceProvider().GetRequiredService<IFeatureManager>();

        Assert.True(await features.IsEnabledAsync($"flag-{_label}-on"));
        Assert.False(await features.IsEnabledAsync($"flag-{_label}-off"));
    }

    [Fact]
    public async Task KeyVaultReference_IsResolvedByTheSecretResolver_AndWithoutOneTheLoadFails()
    {
        await store.Store.SetSettingAsync(ConfigSettingWrite.KeyVaultReference("Vault:Connection", Label("x"), new Uri("https://kv.vault.azure.net/secrets/db")),
            ConfigWriteCondition.Always);

        var resolved = Build(o => o.Select("Vault:*", Label("x")).ConfigureKeyVault(kv => kv.SetSecretResolver(uri => ValueTask.FromResult($"secret of {uri.Segments[^1]}"))));
        var unresolved = Assert.Throws<KeyVaultReferenceException>(() => Build(o => o.Select("Vault:*", Label("x"))));

        Assert.Equal("secret of db", resolved["Vault:Connection"]);
        Assert.Equal("Vault:Connection", unresolved.Key);
    }

    [Fact]
    public async Task Refresh_SentinelWithRefreshAll_ReloadsEverySelectedKey_AndNotifiesOptionsMonitorsOnce()
    {
        await SetAsync("App:Sentinel", "x", "1");
        await SetAsync("App:Timeout", "x", "10");
        var configuration = Build(o => o.Select("App:*", Label("x")).ConfigureRefresh(r => r.Register("App:Sentinel", Label("x"), refreshAll: true)));
        var monitor = OptionsMonitor<AppOptions>(configuration, "App");
        var notifications = new List<int>();
        using var subscription = monitor.OnChange(options => notifications.Add(options.Timeout));

        await SetAsync("App:Timeout", "x", "20");
        var beforeSentinel = await RefreshNowAsync(configuration);
        var timeoutBeforeSentinel = configuration["App:Timeout"];
        await SetAsync("App:Sentinel", "x", "2");
        var afterSentinel = await RefreshNowAsync(configuration);

        Assert.True(beforeSentinel && afterSentinel);
        Assert.Equal("10", timeoutBeforeSentinel);
        Assert.Equal("20", configuration["App:Timeout"]);
        Assert.Equal([20], notifications);
    }

    [Fact]
    public async Task Refresh_RegisteredWithoutRefreshAll_UpdatesThatKeyOnly()
    {
        await SetAsync("One:Watched", "x", "a");
        await SetAsync("One:Other", "x", "b");
        var configuration = Build(o => o.Select("One:*", Label("x")).ConfigureRefresh(r => r.Register("One:Watched", Label("x"))));

        await SetAsync("One:Watched", "x", "a2");
        await SetAsync("One:Other", "x", "b2");
        await RefreshNowAsync(configuration);

        Assert.Equal(("a2", "b"), (configuration["One:Watched"], configuration["One:Other"]));
    }

    [Fact]
    public async Task Refresh_BeforeTheIntervalPasses_KeepsTheLoadedValues()
    {
        await SetAsync("Early:Sentinel", "x", "1");
        var configuration = Build(o => o.Select("Early:*", Label("x"))
            .ConfigureRefresh(r => r.Register("Early:Sentinel", Label("x"), refreshAll: true).SetRefreshInterval(TimeSpan.FromMinutes(5))));

        await SetAsync("Early:Sentinel", "x", "2");
        await Refresher(configuration).TryRefreshAsync();

        Assert.Equal("1", configuration["Early:Sentinel"]);
    }

    [Fact]
    public async Task Refresh_RegisterAll_AnySelectedChangeReloadsEverything()
    {
        await SetAsync("All:A", "x", "1");
        var configuration = Build(o => o.Select("All:*", Label("x")).ConfigureRefresh(r => r.RegisterAll()));

        await SetAsync("All:B", "x", "new");
        await RefreshNowAsync(configuration);

        Assert.Equal(("1", "new"), (configuration["All:A"], configuration["All:B"]));
    }

    [Fact]
    public void Load_WrongSecret_FailsWithTheStoresAnswer()
    {
        var wrong = store.ConnectionString[..store.ConnectionString.IndexOf("Secret=", StringComparison.Ordinal)] + "Secret=d3Jvbmcga2V5";

        var error = Assert.Throws<AppConfigurationRequestException>(() =>
            new ConfigurationBuilder().AddAzureAppConfiguration(o => o.Connect(wrong).Select("App:*", Label("x"))).Build());

        Assert.Equal(401, error.Status);
        Assert.Contains("signature does not match", error.Message);
    }

    [Theory]
    [InlineData("prod*")]
    [InlineData("staging,production")]
    public void Select_LabelFilterWithWildcardOrList_IsRefused(string label) =>
        Assert.Throws<ArgumentException>(() => new AzureAppConfigurationOptions().Select("*", label));

    public sealed class AppOptions
    {
        public int Timeout { get; set; }
    }

    private string Label(string name) => $"{_label}-{name}";

    private Task SetAsync(string key, string label, string value) =>
        store.Store.SetSettingAsync(new ConfigSettingWrite(key, Label(label), value), ConfigWriteCondition.Always);

    private IConfigurationRoot Build(Action<AzureAppConfigurationOptions> configure) =>
        new ConfigurationBuilder().AddAzureAppConfiguration(options => configure(options.Connect(store.ConnectionString))).Build();

    private static IConfigurationRefresher Refresher(IConfigurationRoot configuration) =>
        configuration.Providers.OfType<IConfigurationRefresher>().Single();

    private static async Task<bool> RefreshNowAsync(IConfigurationRoot configuration)
    {
        var refresher = Refresher(configuration);
        refresher.SetDirty(TimeSpan.Zero);
        return await refresher.TryRefreshAsync();
    }

    private static IOptionsMonitor<T> OptionsMonitor<T>(IConfiguration configuration, string section)
        where T : class =>
        new ServiceCollection().Configure<T>(configuration.GetSection(section)).BuildServiceProvider().GetRequiredService<IOptionsMonitor<T>>();
}
