using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Application.Live;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigMap;
using Dashboard.Infrastructure.Scanning;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ConfigMapPage = Dashboard.Web.Components.Pages.ConfigMap;

namespace Dashboard.Web.Tests.ConfigMap;

public class ConfigMapPageTests : DashboardTestContext
{
    private readonly FakeConfigStore _store = new();

    public ConfigMapPageTests()
    {
        var catalog = new FakeCatalogSource { Next = Catalog };
        _store.Settings.AddRange(
        [
            FakeConfigStore.Setting("tax.rate.default", "production", "0.08"),
            FakeConfigStore.Setting("tax.rate.default", "staging", "0.0825"),
            FakeConfigStore.Setting("Billing:Database:ConnectionString", "production", """{"uri":"https://kv.vault.azure.net/secrets/sql"}""", ConfigContentTypes.KeyVaultReference),
            FakeConfigStore.Setting("Billing:Gateway:ApiKey", "production", "sk_live_42"),
            FakeConfigStore.Setting("Orders:Fulfilment:BatchSize", "production", "50"),
        ]);
        Services.AddSingleton<ICatalogSource>(catalog);
        Services.AddSingleton<IConfigStoreClientFactory>(_store);
        Services.AddSingleton<IScanSnapshotSource, FixedScan>();
        Services.AddSingleton<ILiveFeed, ChannelLiveFeed>();
        // The key's changes made outside the pipeline have their own tests (BypassedChangesPanelTests).
        ComponentFactories.AddStub<Dashboard.Web.Components.Controls.BypassedChangesPanel>();
        Services.AddSingleton<StoreSnapshotCache>();
        Services.AddSingleton<ConfigMapService>();
        Services.AddTransient<ConfigMapViewModel>();
    }

    [Fact]
    public void SearchForTheTaxKey_ShowsTheKeysChangesMadeOutsideThePipeline()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("config-map?q=tax.rate.default");

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.Equal("tax.rate.default",
            page.FindComponent<Bunit.TestDoubles.Stub<Dashboard.Web.Components.Controls.BypassedChangesPanel>>().Instance.Parameters.Get(p => p.Key)));
    }

    [Fact]
    public void SearchForTheTaxKey_ShowsWhoReadsItAndWhoReloadsOnIt()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("config-map?q=tax.rate.default");

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=usage]")));
        var usages = page.FindAll("[data-testid=usage]").Select(u => u.TextContent).ToList();
        var invoice = Assert.Single(usages, u => u.Contains("invoice-renderer"));
        Assert.Contains("reads tax.rate.default (GetValue)", invoice);
        Assert.Contains("invoice-renderer/InvoiceDocument.cs:16", invoice);
        var billing = usages.Where(u => u.Contains("billing-api")).ToList();
        Assert.Contains(billing, u => u.Contains("reloads everything on change") && u.Contains("billing-api/Program.cs:14"));
        Assert.Contains(billing, u => u.Contains("selects, no read found"));
        Assert.Contains("0.08", page.Find("[data-testid=key-details]").TextContent);
    }

    [Fact]
    public void ExactKeySearch_KeyAlsoUnderTheNullLabel_OpensTheRowTheEnvironmentResolvesTo()
    {
        _store.Settings.Insert(0, FakeConfigStore.Setting("tax.rate.default", null, "0.07"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("config-map?q=tax.rate.default");

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=key-name]").Count));
        page.WaitForAssertion(() => Assert.Contains("0.08", page.Find("[data-testid=key-details]").TextContent));
        Assert.DoesNotContain("0.07", page.Find("[data-testid=key-details]").TextContent);
    }

    [Fact]
    public async Task ServicesTab_ListsEveryService_AndOpensOneToItsKeys()
    {
        var page = RenderWithProviders<ConfigMapPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=key-value]")));

        // Find and click in one dispatch: the page may re-render in between (its live feed).
        await page.InvokeAsync(() => page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Services").Click());

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=service-usage] .service-name"), s => s.TextContent == "billing-api"));
        var billing = page.FindAll("[data-testid=service-usage]").Single(s => s.QuerySelector(".service-name")!.TextContent == "billing-api");
        Assert.Equal("false", billing.QuerySelector("button")!.GetAttribute("aria-expanded"));
        Assert.Empty(billing.QuerySelectorAll("td.key-name"));

        await page.InvokeAsync(() => page.FindAll("[data-testid=service-usage]")
            .Single(s => s.QuerySelector(".service-name")!.TextContent == "billing-api").QuerySelector("button")!.Click());

        page.WaitForAssertion(() =>
        {
            var opened = page.FindAll("[data-testid=service-usage]").Single(s => s.QuerySelector(".service-name")!.TextContent == "billing-api");
            Assert.Equal("true", opened.QuerySelector("button")!.GetAttribute("aria-expanded"));
            Assert.Contains(opened.QuerySelectorAll("td.key-name"), k => k.TextContent == "tax.rate.default");
        });
    }

    [Fact]
    public void Secrets_AreMaskedInTheList()
    {
        var page = RenderWithProviders<ConfigMapPage>();

        // The virtualised table may render its rows over more than one pass: wait for all four production keys.
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=key-value]").Count));
        var values = page.FindAll("[data-testid=key-value]").Select(v => v.TextContent).ToList();
        Assert.DoesNotContain(values, v => v.Contains("sk_live") || v.Contains("vault.azure.net"));
        Assert.Equal(2, values.Count(v => v == "••••••••"));
    }

    [Fact]
    public void OnlyTheEnvironmentsLabel_IsListed()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("config-map?env=staging");

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=key-name]")));
        Assert.Equal("0.0825", page.Find("[data-testid=key-value]").TextContent);
    }

    [Fact]
    public void KeyName_IsAButtonThatChoosesTheKey()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("config-map?env=staging");
        var page = RenderWithProviders<ConfigMapPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=key-name]")));
        var key = page.Find("[data-testid=key-name]");
        Assert.Equal("BUTTON", key.TagName);
        Assert.Equal("false", key.GetAttribute("aria-pressed"));

        key.Click();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=key-name]").GetAttribute("aria-pressed")));
        Assert.Contains("0.0825", page.Find("[data-testid=key-details]").TextContent);
    }

    [Fact]
    public void SearchWithNoMatch_SaysHowToRecover()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("config-map?q=no-such-key");

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.Contains("No key matches", page.Find("[data-testid=key-table]").TextContent));
    }

    [Fact]
    public void EmptyStore_ShowsNoKeysAndStillListsTheServices()
    {
        _store.Settings.Clear();

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.Contains("No key matches", page.Find("[data-testid=key-table]").TextContent));
        var summary = System.Text.RegularExpressions.Regex.Replace(page.Find("[data-testid=config-map-summary]").TextContent, @"\s+", " ");
        Assert.Contains("Keys in this environment 0", summary);
        Assert.Empty(page.FindAll("[data-testid=config-map-diagnostics]"));
    }

    [Fact]
    public void StoreRefusingAccess_IsExplained_AndCodeFindingsRemain()
    {
        _store.Failure = ConfigStoreErrors.Unauthorized(ConfigStoreRequest.Read("contoso-shared-config"), null);

        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.Contains("could not be read", page.Find("[data-testid=config-map-diagnostics]").TextContent));
        Assert.Contains("Store 'contoso-shared-config' could not be read (its settings): 401, the credential was refused", page.Find("[data-testid=config-map-diagnostics]").TextContent);
        Assert.Contains("No key matches", page.Find("[data-testid=key-table]").TextContent);
    }

    [Fact]
    public void SharedNamespace_IsFlagged()
    {
        var page = RenderWithProviders<ConfigMapPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=namespace-list]")));
        var tax = page.FindAll("[data-testid=namespace-list] .namespace-item").Single(n => n.TextContent.StartsWith("tax", StringComparison.Ordinal));
        Assert.Contains("shared across teams", tax.TextContent);
    }

    private static ServiceCatalog Catalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        catalog.AddService(new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production));
        catalog.AddService(new Service("invoice-renderer", "documents", ServiceKind.Worker, Lifecycle.Production));
        catalog.AddStore(new ConfigStore("contoso-shared-config", ConfigStoreKind.Local, null),
            new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));
        return catalog;
    }
}
