using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// .razor and .cshtml pages: injected configuration and feature managers, @code blocks, tag helpers, attributes.
public class RazorScanTests
{
    private static async Task<ScanResult> ScanPageAsync(string fileName, string page) =>
        await new SourceScanner().ScanSourcesAsync([("web/web.csproj", ""), ($"web/{fileName}", page)], null, CancellationToken.None);

    [Fact]
    public async Task ScanSourcesAsync_RazorComponent_ReadsInjectedConfigurationAndFlagsAtTheirLines()
    {
        const string page = """
            @page "/checkout"
            @inject IConfiguration Configuration
            @inject IFeatureManager FeatureManager
            @attribute [FeatureGate("Checkout.Page")]

            <h1>@Configuration["Checkout:Title"]</h1>
            @if (await FeatureManager.IsEnabledAsync("Checkout.Express"))
            {
                <p>Express: @(Configuration.GetValue<int>("Checkout:ExpressLimit"))</p>
            }

            @code {
                private string Currency => Configuration["Checkout:Currency"] ?? "EUR";
            }
            """;

        var service = Assert.Single((await ScanPageAsync("Checkout.razor", page)).Services);

        Assert.Equal([("Checkout:Title", 6), ("Checkout:ExpressLimit", 9), ("Checkout:Currency", 13)], service.Reads.Select(r => (r.Key, r.Line)));
        Assert.Equal([("Checkout.Page", 4, FeatureFlagCheck.FeatureGate), ("Checkout.Express", 7, FeatureFlagCheck.IsEnabled)],
            service.FeatureFlagReads.Select(f => (f.Flag, f.Line, f.Kind)));
    }

    [Fact]
    public async Task ScanSourcesAsync_MvcView_ReadsTagHelpersAndInlineConfiguration()
    {
        const string view = """
            @inject Microsoft.Extensions.Configuration.IConfiguration Configuration
            <feature name="Beta">
              <a href="@Configuration["Links:Beta"]">beta</a>
            </feature>
            <feature name="Reports, Export" requirement="All" negate="true">
              <p>mail us at support@contoso.com</p>
            </feature>
            """;

        var service = Assert.Single((await ScanPageAsync("Views/Home/Index.cshtml", view)).Services);

        Assert.Equal([("Links:Beta", 3)], service.Reads.Select(r => (r.Key, r.Line)));
        Assert.Equal([("Beta", 2), ("Reports", 5), ("Export", 5)], service.FeatureFlagReads.Select(f => (f.Flag, f.Line)));
        Assert.All(service.FeatureFlagReads, f => Assert.Equal(FeatureFlagCheck.TagHelper, f.Kind));
    }

    [Fact]
    public async Task ScanSourcesAsync_BrokenPage_StillYieldsItsCodeWithoutADiagnostic()
    {
        const string page = """
            @inject IConfiguration Configuration
            <div>
              @Configuration["Footer:Text"]
              @if (true) { <span>
            """;

        var result = await ScanPageAsync("Footer.razor", page);

        Assert.Equal(["Footer:Text"], Assert.Single(result.Services).Reads.Select(r => r.Key));
        Assert.Empty(result.Diagnostics);
    }
}
