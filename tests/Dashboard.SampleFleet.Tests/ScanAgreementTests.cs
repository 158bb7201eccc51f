using Dashboard.Analysis.Scanning;
using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.SampleFleet.Fleet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.AzureAppConfiguration;

namespace Dashboard.SampleFleet.Tests;

/// <summary>
/// What the config map shows for the demo services is what runs: the scan of the source the dashboard ships
/// (DemoWorld/Sources) against the App Configuration provider of each running instance, built from that same source.
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class ScanAgreementTests(FleetFixture fixture)
{
    private static readonly Lazy<Task<ScanResult>> Scan = new(() => new SourceScanner().ScanAsync(
        Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources"),
        [.. DemoCatalog.Build().Services.Select(s => (s.Name, s.SourcePath!))],
        CancellationToken.None));

    public static TheoryData<string, string> Instances => new()
    {
        { "billing-api", FleetEnvironments.Staging },
        { "billing-api", FleetEnvironments.Production },
        { "invoice-renderer", FleetEnvironments.Staging },
        { "order-processing", FleetEnvironments.Production },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task Selectors_TheScanFindsTheKeyFiltersTheProviderLoads_WithTheEnvironmentAsLabel(string service, string environment)
    {
        var scanned = await ScannedAsync(service);

        var running = Provider(service, environment).Options;

        Assert.Equal(scanned.Selectors.Select(s => s.KeyFilter), running.Selectors.Select(s => s.KeyFilter));
        Assert.All(scanned.Selectors, s => Assert.True(s.Dynamic, "the label comes from the environment name"));
        Assert.All(running.Selectors, s => Assert.Equal(environment, s.LabelFilter));
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task Refresh_TheScanFindsTheSentinelsAndIntervalTheProviderUses(string service, string environment)
    {
        var scanned = await ScannedAsync(service);

        var refresh = Provider(service, environment).Options.Refresh;

        Assert.Equal(scanned.Refresh.Select(r => (r.Key, r.RefreshAll)), refresh?.Watchers.Select(w => (w.Key, w.RefreshAll)) ?? []);
        Assert.All(refresh?.Watchers ?? [], w => Assert.Equal(environment, w.Label));
        Assert.Equal(scanned.WatchAll, refresh?.WatchesAll ?? false);
        if (refresh is not null)
            Assert.Equal(scanned.RefreshIntervalSeconds, refresh.RefreshInterval.TotalSeconds);
        Assert.Equal(scanned.RefreshDriven, refresh is not null);
    }

    [Fact]
    public async Task BillingApi_RunsWithTheStorysSentinels_EveryThirtySeconds()
    {
        var scanned = await ScannedAsync("billing-api");

        var refresh = Provider("billing-api", FleetEnvironments.Staging).Options.Refresh!;

        Assert.Equal([(DemoConfiguration.SentinelKey, true), (DemoConfiguration.StoryKey, true)], refresh.Watchers.Select(w => (w.Key, w.RefreshAll)));
        Assert.Equal(TimeSpan.FromSeconds(30), refresh.RefreshInterval);
        Assert.Contains(scanned.Findings, f => f.Rule == ScanRules.ReloadDisposeBeforeCreate && f.File == "billing-api/Data/LedgerConnection.cs");
    }

    [Theory]
    [InlineData("billing-api")]
    [InlineData("invoice-renderer")]
    public async Task FeatureFlags_TheScanFindsTheFlagFiltersTheProviderLoads(string service)
    {
        var scanned = await ScannedAsync(service);

        var flags = Provider(service, FleetEnvironments.Staging).Options.FeatureFlags!;

        Assert.Equal(scanned.FeatureFlagSelectors, flags.Selectors.Select(s => s.KeyFilter[".appconfig.featureflag/".Length..]));
    }

    [Theory]
    [InlineData("frontend")]
    [InlineData("billing-api")]
    [InlineData("invoice-renderer")]
    [InlineData("order-processing")]
    public async Task HealthPaths_TheCatalogProbesThePathsTheSourceMaps_AndTheLoadBalancerUses(string service)
    {
        var scanned = await ScannedAsync(service);
        var endpoint = DemoCatalog.Build().FindService(service)!.EndpointIn(FleetEnvironments.Staging)!;

        var definition = fixture.Fleet.Service(service, FleetEnvironments.Staging).Definition;

        Assert.Contains(endpoint.LivenessPath, scanned.HealthEndpoints.Select(e => e.Path));
        Assert.Contains(endpoint.ReadinessPath, scanned.HealthEndpoints.Select(e => e.Path));
        Assert.Equal((endpoint.LivenessPath, endpoint.ReadinessPath), (definition.LivenessPath, definition.ReadinessPath));
    }

    private static async Task<ServiceScan> ScannedAsync(string service)
    {
        var result = await Scan.Value;
        Assert.Empty(result.Diagnostics);
        return result.Services.Single(s => s.Name == service);
    }

    private AzureAppConfigurationProvider Provider(string service, string environment) =>
        ((IConfigurationRoot)fixture.Fleet.Service(service, environment).Instances[0].App.Configuration)
            .Providers.OfType<AzureAppConfigurationProvider>().Single();
}
