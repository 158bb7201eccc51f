using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

// When a refreshing service really sees a change: never "instantly", and only on restart when its code keeps the value.
public class WhenSeenFromCodeTests
{
    private static RadiusWorld WorldWhereTheRendererRefreshes(ServiceScan renderer)
    {
        var world = new RadiusWorld();
        world.Replace(renderer with
        {
            Refresh = [new("Invoice:Sentinel", "production", false, true, "services/invoice-renderer/Program.cs", 12)],
            RefreshDriven = true,
            RefreshIntervalSeconds = 45,
        });
        return world;
    }

    [Fact]
    public void Analyze_WatchedKey_SaysWithinTheIntervalFoundNotImmediately()
    {
        var billing = Assert.Single(new RadiusWorld().Analyze().Affected, a => a.Service == "billing-api");

        Assert.Equal(30, billing.WithinSeconds);
        Assert.Contains(billing.Reasons, r => r.StartsWith("sees it within 30 s:", StringComparison.Ordinal));
        Assert.DoesNotContain(billing.Reasons, r => r.Contains("immediately"));
    }

    [Fact]
    public void Analyze_ReadKeptFromStartup_IsSeenOnlyOnRestart()
    {
        var renderer = RadiusWorld.InvoiceRenderer();
        var world = WorldWhereTheRendererRefreshes(renderer with
        {
            CapturedReads = [new CapturedRead(RadiusWorld.TaxRate, "kept in a field by TaxLine's constructor, and TaxLine is a singleton", "services/invoice-renderer/TaxLine.cs", 14)],
        });

        var affected = Assert.Single(world.Analyze().Affected, a => a.Service == "invoice-renderer");

        Assert.Equal(SeesChange.OnRestart, affected.SeesChange);
        Assert.Contains(affected.Reasons, r => r.Contains("only on restart, although it refreshes") && r.Contains("TaxLine is a singleton"));
    }

    private const string LogoUrl = "Invoice:Branding:LogoUrl";

    private static AffectedService RendererWithBrandingTakenAs(OptionsAccess access)
    {
        var world = WorldWhereTheRendererRefreshes(RadiusWorld.InvoiceRenderer() with
        {
            Reads = [],
            OptionsBindings = [new OptionsBinding("Invoice:Branding", "BrandingOptions", "services/invoice-renderer/Program.cs", 20)],
            OptionsConsumers = [new OptionsConsumer("BrandingOptions", access, false, "services/invoice-renderer/Pdf.cs", 6)],
        });
        var radius = world.Analyze(ProposedChange.Set(RadiusWorld.Store, LogoUrl, "production", "https://cdn/new.svg"));
        return Assert.Single(radius.Affected, a => a.Service == "invoice-renderer");
    }

    [Fact]
    public void Analyze_BindingTakenAsIOptions_IsSeenOnlyOnRestart()
    {
        var affected = RendererWithBrandingTakenAs(OptionsAccess.Options);

        Assert.Equal(SeesChange.OnRestart, affected.SeesChange);
        Assert.Contains(affected.Reasons, r => r.Contains("IOptions<BrandingOptions> (services/invoice-renderer/Pdf.cs:6)"));
    }

    [Fact]
    public void Analyze_BindingTakenAsIOptionsMonitor_IsSeenOnRefresh()
    {
        Assert.Equal(SeesChange.OnRefresh, RendererWithBrandingTakenAs(OptionsAccess.Monitor).SeesChange);
    }

    [Fact]
    public void Analyze_BoundTypeWithoutAPropertyForTheKey_DoesNotReadIt()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Reads = [],
            OptionsBindings = [new OptionsBinding("Invoice:Branding", "BrandingOptions", "services/invoice-renderer/Program.cs", 20)],
            OptionsTypes = [new OptionsType("BrandingOptions", ["FooterText", "Colors:*"], "services/invoice-renderer/BrandingOptions.cs", 3)],
        });

        var radius = world.Analyze(ProposedChange.Set(RadiusWorld.Store, LogoUrl, "production", "https://cdn/new.svg"));

        Assert.DoesNotContain(radius.Affected, a => a.Service == "invoice-renderer");
        Assert.Contains(radius.SelectedNoRead, a => a.Service == "invoice-renderer");
    }

    [Fact]
    public void Analyze_KeyOnlyARegistrationLoads_IsReadByTheService()
    {
        var world = new RadiusWorld();
        world.Settings.Add(RadiusWorld.Setting("Global:Maintenance", "production", "false"));
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Refresh = [new RefreshRegistration("Global:Maintenance", "production", false, false, "services/invoice-renderer/Program.cs", 12) { LoadedByRegistration = true }],
            Reads = [new ConfigRead("Global:Maintenance", "services/invoice-renderer/Banner.cs", 4, ConfigReadKind.Indexer)],
        });

        var renderer = Assert.Single(world.Analyze(ProposedChange.Set(RadiusWorld.Store, "Global:Maintenance", "production", "true")).Affected);

        Assert.Contains(renderer.Reasons, r => r.Contains("reads Global:Maintenance"));
    }
}
