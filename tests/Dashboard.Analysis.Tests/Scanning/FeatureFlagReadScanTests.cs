using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class FeatureFlagReadScanTests
{
    [Fact]
    public async Task ScanAsync_IsEnabledAsync_ReportsFlagRead()
    {
        const string code = """
            public sealed class Invoices(IFeatureManager features)
            {
                public Task<bool> UseNewTaxAsync() => features.IsEnabledAsync("NewTaxEngine");
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(new FeatureFlagRead("NewTaxEngine", ServiceSnippets.FileName(1), 3), Assert.Single(scan.FeatureFlagReads));
    }

    [Fact]
    public async Task ScanAsync_FeatureGateAttribute_ReportsEveryFlagItNames()
    {
        const string code = """
            public static class Flags { public const string Beta = "BetaInvoices"; }
            [FeatureGate(RequirementType.All, "InvoiceExport", Flags.Beta)]
            public sealed class ExportController { }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(["InvoiceExport", "BetaInvoices"], scan.FeatureFlagReads.Select(r => r.Flag));
        Assert.All(scan.FeatureFlagReads, r => Assert.Equal(2, r.Line));
    }
}
