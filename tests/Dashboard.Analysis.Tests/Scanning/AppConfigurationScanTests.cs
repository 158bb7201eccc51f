using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class AppConfigurationScanTests
{
    [Fact]
    public async Task ScanAsync_SelectWithKeyAndLabel_ReportsSelectorWithLocation()
    {
        const string code = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Configuration.AddAzureAppConfiguration(options => options
                .Connect(new Uri("https://store.azconfig.io"), new DefaultAzureCredential())
                .Select("Billing:*", "production"));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var selector = Assert.Single(scan.Selectors);
        Assert.Equal(new ConfigSelector("Billing:*", "production", false, ServiceSnippets.FileName(1), 4), selector);
    }

    [Fact]
    public async Task ScanAsync_NoSelect_ReportsProviderDefaultOfAllKeysWithNullLabel()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(options => options.Connect(connectionString));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var selector = Assert.Single(scan.Selectors);
        Assert.Equal("*", selector.KeyFilter);
        Assert.Equal(AppConfigLabel.Null, selector.LabelFilter);
        Assert.False(selector.Dynamic);
    }

    [Fact]
    public async Task ScanAsync_ConnectionStringOverload_ReportsProviderDefault()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Configuration.AddAzureAppConfiguration(connectionString);");

        Assert.Equal("*", Assert.Single(scan.Selectors).KeyFilter);
    }

    [Fact]
    public async Task ScanAsync_ServicesRegistrationWithoutArguments_IsNotAProvider()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Services.AddAzureAppConfiguration();");

        Assert.Empty(scan.Selectors);
    }

    [Theory]
    [InlineData("options.Select(\"Tax:*\")")]
    [InlineData("options.Select(\"Tax:*\", LabelFilter.Null)")]
    [InlineData("options.Select(\"Tax:*\", null)")]
    [InlineData("options.Select(keyFilter: \"Tax:*\", labelFilter: \"\")")]
    public async Task ScanAsync_SelectWithoutLabel_ReportsNullLabel(string select)
    {
        var scan = await ServiceSnippets.ScanAsync($"builder.Configuration.AddAzureAppConfiguration(options => {select});");

        var selector = Assert.Single(scan.Selectors);
        Assert.Equal("Tax:*", selector.KeyFilter);
        Assert.Equal(AppConfigLabel.Null, selector.LabelFilter);
    }

    [Fact]
    public async Task ScanAsync_LabelFromEnvironmentName_IsDynamicWithoutGuessedValue()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(options => options
                .Select("Billing:*", builder.Environment.EnvironmentName));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var selector = Assert.Single(scan.Selectors);
        Assert.True(selector.Dynamic);
        Assert.Null(selector.LabelFilter);
        Assert.Equal("Billing:*", selector.KeyFilter);
    }

    [Fact]
    public async Task ScanAsync_ConstantsFromAnotherFile_AreResolvedAsLiterals()
    {
        const string keys = """
            namespace Billing;
            public static class ConfigKeys
            {
                public const string Prefix = "Billing";
                public const string All = Prefix + ":*";
                public const string Label = "production";
                public const string Sentinel = $"{Prefix}:Sentinel";
            }
            """;
        const string program = """
            using Billing;
            builder.Configuration.AddAzureAppConfiguration(options => options
                .Select(ConfigKeys.All, ConfigKeys.Label)
                .ConfigureRefresh(refresh => refresh.Register(ConfigKeys.Sentinel, refreshAll: true)));
            """;

        var scan = await ServiceSnippets.ScanAsync(keys, program);

        var selector = Assert.Single(scan.Selectors);
        Assert.Equal(("Billing:*", "production", false), (selector.KeyFilter, selector.LabelFilter, selector.Dynamic));
        Assert.Equal("Billing:Sentinel", Assert.Single(scan.Refresh).Key);
    }

    [Fact]
    public async Task ScanAsync_DynamicKeyFilter_LeavesSelectorOutWithDiagnostic()
    {
        var result = await ServiceSnippets.ScanResultAsync("builder.Configuration.AddAzureAppConfiguration(o => o.Select(prefix + \":*\"));");

        Assert.Empty(Assert.Single(result.Services).Selectors);
        Assert.Contains(result.Diagnostics, d => d.File == ServiceSnippets.FileName(1) && d.Message.Contains("key filter"));
    }

    [Fact]
    public async Task ScanAsync_SnapshotAndTrimKeyPrefix_AreReported()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(options => options
                .SelectSnapshot("billing-release-42")
                .TrimKeyPrefix("Billing:"));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(new SnapshotSelector("billing-release-42", ServiceSnippets.FileName(1), 2), Assert.Single(scan.SnapshotSelectors));
        Assert.Equal(["Billing:"], scan.TrimKeyPrefixes);
        Assert.Empty(scan.Selectors);
    }

    [Fact]
    public async Task ScanAsync_RegisterForms_ReadKeyLabelAndRefreshAll()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(options => options
                .Select("Billing:*")
                .ConfigureRefresh(refresh => refresh
                    .Register("Billing:Sentinel", true)
                    .Register("Billing:Rate", "production")
                    .Register("Billing:Limit", "staging", refreshAll: true)
                    .Register("Billing:Plain")));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(
            [
                ("Billing:Sentinel", AppConfigLabel.Null, true, 4),
                ("Billing:Rate", "production", false, 5),
                ("Billing:Limit", "staging", true, 6),
                ("Billing:Plain", AppConfigLabel.Null, false, 7),
            ],
            scan.Refresh.Select(r => (r.Key, r.Label!, r.RefreshAll, r.Line)));
    }

    [Fact]
    public async Task ScanAsync_RegisterAll_SetsWatchAll()
    {
        var scan = await ServiceSnippets.ScanAsync(
            "builder.Configuration.AddAzureAppConfiguration(o => o.Select(\"A:*\").ConfigureRefresh(r => r.RegisterAll()));");

        Assert.True(scan.WatchAll);
        Assert.Empty(scan.Refresh);
    }

    [Fact]
    public async Task ScanAsync_NoRefreshInterval_DefaultsToThirtySeconds()
    {
        var scan = await ServiceSnippets.ScanAsync(
            "builder.Configuration.AddAzureAppConfiguration(o => o.ConfigureRefresh(r => r.Register(\"A:Sentinel\", true)));");

        Assert.Equal(30, scan.RefreshIntervalSeconds);
        Assert.False(scan.WatchAll);
    }

    [Theory]
    [InlineData("r.SetRefreshInterval(TimeSpan.FromSeconds(5))", 5)]
    [InlineData("r.SetRefreshInterval(TimeSpan.FromMinutes(2))", 120)]
    [InlineData("r.SetCacheExpiration(TimeSpan.FromSeconds(10))", 10)]
    public async Task ScanAsync_RefreshIntervalSet_ReportsSeconds(string setInterval, double seconds)
    {
        var scan = await ServiceSnippets.ScanAsync(
            $"builder.Configuration.AddAzureAppConfiguration(o => o.ConfigureRefresh(r => {{ r.Register(\"A:Sentinel\", true); {setInterval}; }}));");

        Assert.Equal(seconds, scan.RefreshIntervalSeconds);
    }

    [Fact]
    public async Task ScanAsync_FeatureFlagSelectInsideUseFeatureFlags_IsFlagSelectorNotKeySelector()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(options => options
                .Select("Billing:*")
                .UseFeatureFlags(flags => flags.Select("Billing.*", "production")));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(["Billing.*"], scan.FeatureFlagSelectors);
        Assert.Equal("Billing:*", Assert.Single(scan.Selectors).KeyFilter);
    }

    [Fact]
    public async Task ScanAsync_BareUseFeatureFlags_SelectsAllFlags()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Configuration.AddAzureAppConfiguration(o => o.Select(\"A:*\").UseFeatureFlags());");

        Assert.Equal(["*"], scan.FeatureFlagSelectors);
    }

    [Theory]
    [InlineData("app.UseAzureAppConfiguration();")]
    [InlineData("await _refresher.TryRefreshAsync();")]
    [InlineData("await configurationRefresher.RefreshAsync(ct);")]
    public async Task ScanAsync_RefreshTrigger_MarksRefreshDriven(string trigger)
    {
        var scan = await ServiceSnippets.ScanAsync(trigger);

        Assert.True(scan.RefreshDriven);
    }

    [Fact]
    public async Task ScanAsync_UnrelatedRefreshAsync_DoesNotMarkRefreshDriven()
    {
        var scan = await ServiceSnippets.ScanAsync("await cache.RefreshAsync();");

        Assert.False(scan.RefreshDriven);
    }
}
