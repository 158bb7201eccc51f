using Bunit.TestDoubles;
using Dashboard.Domain.Catalog;
using Dashboard.Web.Components.Controls;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Pages;

public class OverviewTests : DashboardTestContext
{
    private readonly FakeCatalogSource _source = new();

    public OverviewTests()
    {
        Services.AddSingleton<ICatalogSource>(_source);
        Services.AddTransient<OverviewViewModel>();
        // The card of changes made outside the pipeline has its own tests (BypassedChangesPanelTests).
        ComponentFactories.AddStub<BypassedChangesPanel>();
    }

    [Fact]
    public void Render_CatalogWithServices_ListsThemWithOwnersAndDependencies()
    {
        _source.Next = FakeCatalogSource.TwoServices;

        var page = RenderWithProviders<Overview>();

        var names = page.FindAll("[data-testid=service-name]").Select(e => e.TextContent).ToList();
        Assert.Equal(["billing-api", "web-shop"], names);
        Assert.Contains("payments", page.Find("[data-testid=services-table]").TextContent);
        var retry = page.Find("[data-testid=retry-policy]");
        Assert.Equal("3 immediate retries, 10 s timeout, no circuit breaker", retry.TextContent);
        Assert.Contains("retry-risk", retry.ClassName);
    }

    [Fact]
    public void Render_ServiceWithOneHealthEndpoint_FlagsIt()
    {
        _source.Next = FakeCatalogSource.TwoServices;

        var page = RenderWithProviders<Overview>();

        var flags = page.FindAll("[data-testid=shared-health-endpoint]");
        Assert.Single(flags);
    }

    [Fact]
    public void Render_StoreSharedThroughLabels_ShowsBindingsAndWarns()
    {
        _source.Next = FakeCatalogSource.TwoServices;

        var page = RenderWithProviders<Overview>();

        var stores = page.Find("[data-testid=stores-panel]").TextContent;
        Assert.Contains("production → label 'production'", stores);
        Assert.Contains("Shared by several environments", stores);
    }

    [Fact]
    public void Render_SummaryCountsRetriesWithoutBackoff()
    {
        _source.Next = FakeCatalogSource.TwoServices;

        var page = RenderWithProviders<Overview>();

        var summary = System.Text.RegularExpressions.Regex.Replace(page.Find("[data-testid=overview-summary]").TextContent, @"\s+", " ");
        Assert.Contains("Retries without backoff 1", summary);
        Assert.Contains("staging → production", summary);
    }

    [Fact]
    public void Render_EmptyCatalog_SaysSoAndHowToFillIt()
    {
        _source.Next = () => new ServiceCatalog();

        var page = RenderWithProviders<Overview>();

        Assert.Contains("The catalog is empty", page.Find("[data-testid=overview-empty]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=services-table]"));
    }

    [Fact]
    public void Render_LoadFails_ShowsTheReasonAndRetries()
    {
        _source.Next = () => throw new InvalidOperationException("database is locked");

        var page = RenderWithProviders<Overview>();
        var error = page.Find("[data-testid=overview-error]");
        Assert.Contains("The service catalog could not be loaded: database is locked", error.TextContent);

        _source.Next = FakeCatalogSource.TwoServices;
        page.FindAll("button").Single(b => b.TextContent.Contains("Try again")).Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=service-name]").Count));
        Assert.Equal(2, _source.Calls);
    }

    [Fact]
    public void Render_Loaded_ShowsTheCardOfChangesMadeOutsideThePipeline()
    {
        _source.Next = FakeCatalogSource.TwoServices;

        var page = RenderWithProviders<Overview>();

        var card = page.FindComponent<Stub<BypassedChangesPanel>>();
        Assert.Equal("Changed outside the pipeline", card.Instance.Parameters.Get(p => p.Title));
        Assert.Equal(5, card.Instance.Parameters.Get(p => p.Shown));
    }
}
