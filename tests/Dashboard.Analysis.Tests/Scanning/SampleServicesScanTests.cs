using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// End to end over Samples/: the billing incident's services as they were written.
public class SampleServicesScanTests
{
    private static readonly string SamplesRoot = Path.Combine(AppContext.BaseDirectory, "Scanning", "Samples");

    private static async Task<IReadOnlyDictionary<string, ServiceScan>> ScanSamplesAsync()
    {
        var result = await new SourceScanner().ScanAsync(SamplesRoot, null, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Services.ToDictionary(s => s.Name);
    }

    [Fact]
    public async Task ScanAsync_Samples_FindsOneServicePerProject()
    {
        var services = await ScanSamplesAsync();

        Assert.Equal(["billing-api", "frontend", "invoice-renderer"], services.Keys.Order());
        Assert.Equal("billing-api", services["billing-api"].Path);
    }

    [Fact]
    public async Task ScanAsync_BillingApi_ReportsSelectorsAndSentinelRefresh()
    {
        var billing = (await ScanSamplesAsync())["billing-api"];

        Assert.Equal([("Billing:*", AppConfigLabel.Null, 10), ("Tax:*", AppConfigLabel.Null, 11)],
            billing.Selectors.Select(s => (s.KeyFilter, s.LabelFilter!, s.Line)));
        Assert.Equal(["Tax:"], billing.TrimKeyPrefixes);
        Assert.Equal(new RefreshRegistration("Billing:Sentinel", AppConfigLabel.Null, false, true, "billing-api/Program.cs", 14),
            Assert.Single(billing.Refresh));
        Assert.False(billing.WatchAll);
        Assert.Equal(30, billing.RefreshIntervalSeconds);
        Assert.True(billing.RefreshDriven);
    }

    [Fact]
    public async Task ScanAsync_BillingApi_ReportsReadsAndBindings()
    {
        var billing = (await ScanSamplesAsync())["billing-api"];

        Assert.Equal(
            [
                ("AppConfig:Endpoint", "billing-api/Program.cs", 9),
                ("ConnectionStrings:Ledger", "billing-api/Program.cs", 23),
                ("tax.rate.default", "billing-api/Tax/TaxRateProvider.cs", 7),
                ("tax.rounding.half-up", "billing-api/Tax/TaxRateProvider.cs", 12),
            ],
            billing.Reads.Select(r => (r.Key, r.File, r.Line)));
        Assert.Equal(new OptionsBinding("Billing:Ledger", "LedgerOptions", "billing-api/Program.cs", 18), Assert.Single(billing.OptionsBindings));
    }

    [Fact]
    public async Task ScanAsync_BillingApi_FindsReloadRaceAndHeavyHealthCheck()
    {
        var billing = (await ScanSamplesAsync())["billing-api"];

        Assert.Equal(new ReloadHandler("LedgerOptions", ReloadClassification.DisposeBeforeCreate, "billing-api/Data/LedgerConnection.cs", 16),
            Assert.Single(billing.ReloadHandlers));
        Assert.Equal(new HealthEndpoint("/health", false, true, "billing-api/Program.cs", 28), Assert.Single(billing.HealthEndpoints));
        Assert.Equal(
            [
                (ScanRules.ReloadDisposeBeforeCreate, "billing-api/Data/LedgerConnection.cs", 16),
                (ScanRules.HealthCheckIncludesDependencies, "billing-api/Program.cs", 28),
            ],
            billing.Findings.Select(f => (f.Rule, f.File, f.Line)));
    }

    [Fact]
    public async Task ScanAsync_Frontend_FindsImmediateRetriesToBillingApi()
    {
        var frontend = (await ScanSamplesAsync())["frontend"];

        Assert.Equal(
            [("billing-api", HttpRetryKind.Immediate, 3), ("catalog", HttpRetryKind.Backoff, 3)],
            frontend.HttpClients.Select(c => (c.Name, c.Retry, c.Attempts)));
        var finding = Assert.Single(frontend.Findings);
        Assert.Equal((ScanRules.RetryWithoutBackoff, "frontend/Program.cs", 12), (finding.Rule, finding.File, finding.Line));
        Assert.True(Assert.Single(frontend.HealthEndpoints).LivenessOnly);
    }

    [Fact]
    public async Task ScanAsync_Frontend_ReportsFeatureFlags()
    {
        var frontend = (await ScanSamplesAsync())["frontend"];

        Assert.Equal(["Checkout.*"], frontend.FeatureFlagSelectors);
        Assert.Equal([("Checkout.NewFlow", 6), ("Checkout.ExpressPay", 12)], frontend.FeatureFlagReads.Select(r => (r.Flag, r.Line)));
        Assert.False(frontend.RefreshDriven);
    }

    [Fact]
    public async Task ScanAsync_InvoiceRenderer_SharesTaxKeyWithDynamicLabelAndWatchAll()
    {
        var services = await ScanSamplesAsync();
        var renderer = services["invoice-renderer"];

        var selector = Assert.Single(renderer.Selectors);
        Assert.Equal(("Tax:*", null, true), (selector.KeyFilter, selector.LabelFilter, selector.Dynamic));
        Assert.True(renderer.WatchAll);
        var readers = services.Values.Where(s => s.Reads.Any(r => r.Key == "tax.rate.default")).Select(s => s.Name);
        Assert.Equal(["billing-api", "invoice-renderer"], readers);
        Assert.Empty(renderer.Findings);
    }
}
