using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

public class SeesChangeTests
{
    private static AffectedService Affected(Dashboard.Domain.BlastRadius.BlastRadius radius, string service) =>
        Assert.Single(radius.Affected, a => a.Service == service);

    [Fact]
    public void Analyze_KeyIsARefreshAllSentinel_ServiceSeesItImmediatelyAndReloads()
    {
        var billing = Affected(new RadiusWorld().Analyze(), "billing-api");

        Assert.Equal(SeesChange.Immediately, billing.SeesChange);
        Assert.True(billing.Reloads);
        Assert.Contains(billing.Reasons, r => r.Contains("refreshAll sentinel it registers") && r.Contains("within 30 s"));
    }

    [Fact]
    public void Analyze_KeyWatchedWithoutRefreshAll_ServiceSeesItImmediately()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Refresh = [new RefreshRegistration(RadiusWorld.TaxRate, "production", Dynamic: false, RefreshAll: false, "services/invoice-renderer/Program.cs", 11)],
            RefreshDriven = true,
        });

        var renderer = Affected(world.Analyze(), "invoice-renderer");

        Assert.Equal(SeesChange.Immediately, renderer.SeesChange);
        Assert.Contains(renderer.Reasons, r => r.Contains("registers tax.rate.default for refresh"));
    }

    [Fact]
    public void Analyze_RegisterAllOverAMatchingSelector_ServiceSeesItImmediately()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with { WatchAll = true, RefreshDriven = true, RefreshIntervalSeconds = 5 });

        var renderer = Affected(world.Analyze(), "invoice-renderer");

        Assert.Equal(SeesChange.Immediately, renderer.SeesChange);
        Assert.True(renderer.Reloads);
        Assert.Contains(renderer.Reasons, r => r.Contains("RegisterAll()") && r.Contains("within 5 s"));
    }

    [Fact]
    public void Analyze_SentinelOnAnotherKey_ServiceSeesItOnRefreshWithoutReloading()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Refresh = [new RefreshRegistration("Invoice:Sentinel", "production", Dynamic: false, RefreshAll: true, "services/invoice-renderer/Program.cs", 12)],
            RefreshDriven = true,
        });

        var renderer = Affected(world.Analyze(), "invoice-renderer");

        Assert.Equal(SeesChange.OnRefresh, renderer.SeesChange);
        Assert.False(renderer.Reloads);
        Assert.Contains(renderer.Reasons, r => r.Contains("next time its refreshAll sentinel Invoice:Sentinel (services/invoice-renderer/Program.cs:12) changes"));
    }

    [Fact]
    public void Analyze_NoRefreshRegistered_ServiceSeesItOnRestart()
    {
        var renderer = Affected(new RadiusWorld().Analyze(), "invoice-renderer");

        Assert.Equal(SeesChange.OnRestart, renderer.SeesChange);
        Assert.Contains(renderer.Reasons, r => r.Contains("registers no refresh"));
    }

    [Fact]
    public void Analyze_RefreshNotDriven_SentinelServiceSeesItOnRestartAndDoesNotReload()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.BillingApi() with { RefreshDriven = false });

        var billing = Affected(world.Analyze(), "billing-api");

        Assert.Equal(SeesChange.OnRestart, billing.SeesChange);
        Assert.False(billing.Reloads);
        Assert.Contains(billing.Reasons, r => r.Contains("nothing drives it"));
        Assert.DoesNotContain(billing.Findings, f => f.Rule == BlastRadiusRules.ReloadDisposeBeforeCreate);
    }

    [Fact]
    public void Analyze_RefreshOnlyOfOtherKeysWithoutRefreshAll_ServiceSeesItOnRestart()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Refresh = [new RefreshRegistration("Invoice:Branding:LogoUrl", "production", Dynamic: false, RefreshAll: false, "services/invoice-renderer/Program.cs", 12)],
            RefreshDriven = true,
        });

        var renderer = Affected(world.Analyze(), "invoice-renderer");

        Assert.Equal(SeesChange.OnRestart, renderer.SeesChange);
        Assert.Contains(renderer.Reasons, r => r.Contains("without refreshAll"));
    }

    [Fact]
    public void Analyze_ServiceDeclaredInTheCatalogButNotScanned_SeesChangeIsUnknown()
    {
        var world = new RadiusWorld();
        world.Scans.RemoveAll(s => s.Name == "invoice-renderer");
        var input = world.Input(RadiusWorld.TaxRateChange());
        var map = Dashboard.Domain.ConfigMap.ConfigMapBuilder.Build(new Dashboard.Domain.ConfigMap.ConfigMapInput
        {
            Store = RadiusWorld.Store,
            Environment = "production",
            EnvironmentLabel = "production",
            Settings = world.Settings,
            Scan = new ScanResult(world.Scans, []),
            DeclaredKeyFilters = new Dictionary<string, IReadOnlyList<string>> { ["invoice-renderer"] = ["tax.*"] },
        });

        var radius = BlastRadiusAnalyzer.Analyze(input with { Map = map });

        var renderer = Affected(radius, "invoice-renderer");
        Assert.Equal(SeesChange.Unknown, renderer.SeesChange);
        Assert.Contains(renderer.Reasons, r => r.Contains("declared in the catalog"));
    }

    [Fact]
    public void Analyze_ReloadingService_ReportsEveryDisposeBeforeCreateHandlerWhateverItBinds()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.BillingApi() with
        {
            ReloadHandlers =
            [
                new ReloadHandler("BillingDatabaseOptions", ReloadClassification.DisposeBeforeCreate, RadiusWorld.BillingDatabaseHandlerFile, 18),
                new ReloadHandler("GatewayOptions", ReloadClassification.DisposeBeforeCreate, "services/billing-api/GatewayReload.cs", 9),
                new ReloadHandler("LoggingOptions", ReloadClassification.NoResource, "services/billing-api/Logging.cs", 4),
            ],
        });

        var billing = Affected(world.Analyze(), "billing-api");

        var races = billing.Findings.Where(f => f.Rule == BlastRadiusRules.ReloadDisposeBeforeCreate).ToList();
        Assert.Equal([18, 9], races.Select(f => f.Line));
        Assert.Contains("GatewayOptions", races[1].Message);
        Assert.Contains(billing.Reasons, r => r.Contains("fires all 3 IOptionsMonitor.OnChange handlers") && r.Contains("reload token"));
    }

    [Fact]
    public void Analyze_ServiceSeeingItOnRefresh_DoesNotReportItsReloadRace()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Refresh = [new RefreshRegistration("Invoice:Sentinel", "production", Dynamic: false, RefreshAll: true, "services/invoice-renderer/Program.cs", 12)],
            RefreshDriven = true,
            ReloadHandlers = [new ReloadHandler("RendererOptions", ReloadClassification.DisposeBeforeCreate, "services/invoice-renderer/Reload.cs", 7)],
        });

        var renderer = Affected(world.Analyze(), "invoice-renderer");

        Assert.Empty(renderer.Findings);
    }
}
