using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.ConfigMap;

public class ConfigMapBuilderTests
{
    private static MappedKey Key(Dashboard.Domain.ConfigMap.ConfigMap map, string key) => map.ForKey(key).Single();

    [Fact]
    public void Build_TaxRate_IsReadByInvoiceRenderer_AndSelectedByBillingApi()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var tax = Key(map, "tax.rate.default");
        Assert.Equal("production", tax.Setting.Label);
        Assert.True(tax.IsShared);
        var read = Assert.Single(tax.Usages, u => u.Service == "invoice-renderer");
        Assert.Equal(UsageKind.Reads, read.Kind);
        Assert.Equal("services/invoice-renderer/TaxLine.cs:14", read.Source.ToString());
        var selected = Assert.Single(tax.Usages, u => u.Service == "billing-api");
        Assert.Equal(UsageKind.SelectedNoRead, selected.Kind);
        Assert.Contains("Select(\"tax.*\", a label computed at run time)", selected.Reason);
        Assert.Equal(13, selected.Source.Line);
    }

    [Fact]
    public void Build_Sentinel_IsWatchedWithRefreshAllByBillingApi()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var sentinel = Key(map, "Billing:Sentinel");
        var watch = Assert.Single(sentinel.Usages, u => u.Kind == UsageKind.WatchesSentinel);
        Assert.Equal("billing-api", watch.Service);
        Assert.Contains("reloads every key billing-api selects", watch.Reason);
        Assert.Contains("within 30 s", watch.Reason);
        Assert.Equal(15, watch.Source.Line);
    }

    [Fact]
    public void Build_RefreshNotDriven_SaysChangesApplyOnRestart()
    {
        var input = StoryWorld.Input() with
        {
            Scan = new ScanResult([StoryWorld.BillingApi() with { RefreshDriven = false }], []),
        };

        var map = ConfigMapBuilder.Build(input);

        Assert.Contains("takes effect on restart", Key(map, "Billing:Sentinel").Usages.Single(u => u.Kind == UsageKind.WatchesSentinel).Reason);
        Assert.Contains(map.ForService("billing-api")!.Notes, n => n.Contains("nothing drives it"));
    }

    [Fact]
    public void Build_ReadsAndOptionsBindings_CoverTheKeysTheyRead()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var timeout = Assert.Single(Key(map, "Billing:Gateway:TimeoutSeconds").Usages);
        Assert.Equal(UsageKind.Reads, timeout.Kind);
        Assert.Contains("GetValue", timeout.Reason);
        var connection = Assert.Single(Key(map, "Billing:Database:ConnectionString").Usages);
        Assert.Equal(UsageKind.Reads, connection.Kind);
        Assert.Contains("BillingDatabaseOptions", connection.Reason);
    }

    [Fact]
    public void Build_JsonValue_IsReadThroughItsFlattenedChildPath()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var layout = Assert.Single(Key(map, "Invoice:Layout").Usages);
        Assert.Equal(UsageKind.Reads, layout.Kind);
        Assert.Equal("services/invoice-renderer/Layout.cs:8", layout.Source.ToString());
    }

    [Fact]
    public void Build_FeatureFlag_IsLinkedToTheCheckInCode()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var flag = Key(map, ".appconfig.featureflag/billing-new-tax-engine");
        var usage = Assert.Single(flag.Usages);
        Assert.Equal(UsageKind.FeatureFlag, usage.Kind);
        Assert.Equal("services/billing-api/TaxCalculator.cs:30", usage.Source.ToString());
        Assert.Equal("flags: billing", flag.Namespace);
    }

    [Fact]
    public void Build_DeclaredInCatalog_CitesTheCatalogEntry()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var batch = Assert.Single(Key(map, "Orders:Fulfilment:BatchSize").Usages);
        Assert.Equal(UsageKind.Declared, batch.Kind);
        Assert.Equal("order-processing", batch.Service);
        Assert.Equal(UsageSourceKind.Catalog, batch.Source.Kind);
        Assert.Equal("catalog/order-processing.yaml:1", batch.Source.ToString());
    }

    [Fact]
    public void Build_KeyVaultReferenceAndSecretLookingKeys_AreMasked()
    {
        var input = StoryWorld.Input() with
        {
            Settings = [.. StoryWorld.Store(), StoryWorld.Setting("Billing:Gateway:ApiKey", "production", "sk_live_123")],
        };

        var map = ConfigMapBuilder.Build(input);

        Assert.All(new[] { "Billing:Database:ConnectionString", "Billing:Gateway:ApiKey" }, k =>
        {
            Assert.True(Key(map, k).IsSecret);
            Assert.Equal(SecretDetector.Mask, Key(map, k).DisplayValue);
        });
        Assert.DoesNotContain(map.Keys, k => k.DisplayValue?.Contains("sk_live") == true || k.DisplayValue?.Contains("vault.azure.net") == true);
        Assert.Equal("20", Key(map, "Billing:Gateway:TimeoutSeconds").DisplayValue);
    }

    [Fact]
    public void Build_OnlyTheEnvironmentsLabelAndTheNullLabel_AreMapped()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input("staging"));

        Assert.Equal(["Orders:Fulfilment:BatchSize", "tax.rate.default"], map.Keys.Select(k => k.Setting.Key));
        Assert.Equal("staging", Key(map, "tax.rate.default").Setting.Label);
    }

    [Fact]
    public void Build_LiteralLabel_DoesNotLoadOtherEnvironmentsKeys()
    {
        var input = StoryWorld.Input("staging") with { Scan = new ScanResult([StoryWorld.InvoiceRenderer()], []) };

        var map = ConfigMapBuilder.Build(input);

        Assert.Empty(Key(map, "tax.rate.default").Usages);
    }

    [Fact]
    public void Build_Namespaces_FlagSharingAcrossOwners()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var tax = map.Namespaces.Single(n => n.Name == "tax");
        Assert.True(tax.SharedAcrossOwners);
        Assert.Equal(["documents", "payments"], tax.OwnerTeams);
        Assert.False(map.Namespaces.Single(n => n.Name == "Invoice").SharedAcrossOwners);
    }

    [Fact]
    public void Build_ServiceView_ListsKeysAndNotes()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        var billing = map.ForService("billing-api")!;
        Assert.Equal("payments", billing.OwnerTeam);
        Assert.Contains(billing.Keys, k => k.Key.Setting.Key == "Billing:Sentinel" && k.Usage.Kind == UsageKind.WatchesSentinel);
        Assert.Contains(billing.Notes, n => n.Contains("computed at run time"));
        var orders = map.ForService("order-processing")!;
        Assert.Contains(orders.Notes, n => n.StartsWith("No source was scanned", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ScanAndFilterProblems_AreReportedNotFatal()
    {
        var broken = StoryWorld.InvoiceRenderer() with
        {
            Selectors = [new ConfigSelector("Inv*oice", "production", false, "services/invoice-renderer/Program.cs", 9)],
        };
        var input = StoryWorld.Input() with
        {
            Scan = new ScanResult([broken, StoryWorld.BillingApi()], [new ScanDiagnostic("services/x/Bad.cs", "does not parse")]),
            DeclaredKeyFilters = new Dictionary<string, IReadOnlyList<string>> { ["order-processing"] = ["a,b*"] },
        };

        var map = ConfigMapBuilder.Build(input);

        Assert.Contains(map.Diagnostics, d => d.StartsWith("invoice-renderer: services/invoice-renderer/Program.cs:9: Select(\"Inv*oice\") is skipped", StringComparison.Ordinal));
        Assert.Contains(map.Diagnostics, d => d.Contains("declared key filter 'a,b*'"));
        Assert.Contains(map.Diagnostics, d => d == "services/x/Bad.cs: does not parse");
        Assert.NotEmpty(Key(map, "Billing:Sentinel").Usages);
    }

    [Fact]
    public void Build_NoScanNoCatalog_StillListsTheStoresKeys()
    {
        var map = ConfigMapBuilder.Build(new ConfigMapInput { Store = "s", Environment = "production", EnvironmentLabel = "production", Settings = StoryWorld.Store() });

        Assert.Equal(8, map.Keys.Count);
        Assert.All(map.Keys, k => Assert.Empty(k.Usages));
        Assert.Equal("etag etag-tax.rate.default-production", Key(map, "tax.rate.default").Revision!.Location);
    }

    [Fact]
    public void Search_MatchesKeysAndServices_IgnoringCase()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        Assert.Equal(["tax.rate.default"], map.Search("TAX.RATE").Select(k => k.Setting.Key));
        Assert.Contains(map.Search("invoice-renderer"), k => k.Setting.Key == "tax.rate.default");
    }

    [Fact]
    public void Build_WatchAll_MarksEverySelectedKey()
    {
        var input = StoryWorld.Input() with
        {
            Scan = new ScanResult([StoryWorld.InvoiceRenderer() with { WatchAll = true, RefreshDriven = true }], []),
        };

        var map = ConfigMapBuilder.Build(input);

        Assert.Contains(Key(map, "Invoice:Branding:LogoUrl").Usages, u => u.Kind == UsageKind.WatchAll);
        Assert.Contains(Key(map, "tax.rate.default").Usages, u => u.Kind == UsageKind.WatchAll);
        Assert.DoesNotContain(Key(map, "Billing:Sentinel").Usages, u => u.Kind == UsageKind.WatchAll);
    }

    [Fact]
    public void Resolve_KeyWithNullLabelAndEnvironmentLabel_IsTheEnvironmentLabelsRow()
    {
        var input = StoryWorld.Input() with { Settings = [.. StoryWorld.Store(), StoryWorld.Setting("tax.rate.default", null, "0.07")] };

        var map = ConfigMapBuilder.Build(input);

        Assert.Equal(2, map.ForKey("tax.rate.default").Count());
        Assert.Equal(("production", "0.08"), (map.Resolve("tax.rate.default")!.Setting.Label, map.Resolve("tax.rate.default")!.DisplayValue));
    }

    [Fact]
    public void Resolve_KeyWithOnlyTheNullLabel_IsTheNullLabelsRow()
    {
        var map = ConfigMapBuilder.Build(StoryWorld.Input());

        Assert.Null(map.Resolve("Orders:Fulfilment:BatchSize")!.Setting.Label);
        Assert.Null(map.Resolve("no.such.key"));
    }
}
