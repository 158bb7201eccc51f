using Bunit.TestDoubles;
using Dashboard.Application.Incidents;
using Dashboard.Application.Notifications;
using Dashboard.Domain.Access;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Incidents;
using Dashboard.Infrastructure.Incidents;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Dashboard.Web.Tests.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Incidents;

/// <summary>/incidents/{id} over the real workflow on a migrated SQLite file.</summary>
public sealed class IncidentDetailPageTests : DashboardTestContext, IDisposable
{
    private readonly CatalogTestDatabase _database = new();
    private readonly BunitAuthorizationContext _auth;

    public IncidentDetailPageTests()
    {
        Services.AddSingleton<IDbContextFactory<DashboardDbContext>>(_database);
        Services.AddSingleton<ICatalogSource, CatalogRepository>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IIncidentNotifier, SilentNotifier>();
        Services.AddTestWorkflows();
        Services.AddIncidents(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Incidents:OpenAutomatically"] = "false" }).Build());
        Services.AddTransient<IncidentDetailViewModel>();
        _auth = AddAuthorization();
        Services.AddAuthorizationCore(Policies.Add);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    void IDisposable.Dispose() => _database.Dispose();

    [Fact]
    public async Task AddNote_ByOnCall_AppearsOnTheTimeline()
    {
        var incident = await OpenAsync();
        var page = RenderAs(incident.Id, "oncall", Roles.OnCall);

        page.Find("[data-testid=incident-actions] textarea").Change("billing-api reconnects take 8–12 s");
        page.FindAll("[data-testid=incident-actions] button").Single(b => b.TextContent.Contains("Add note", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=timeline-entry]"),
            e => e.GetAttribute("data-kind") == "Note" && e.TextContent.Contains("reconnects take 8–12 s", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Resolve_WithoutSayingWhat_RefusedInPlaceAndStillOpen()
    {
        var incident = await OpenAsync();
        var page = RenderAs(incident.Id, "oncall", Roles.OnCall);

        page.FindAll("[data-testid=incident-actions] button").Single(b => b.TextContent.Contains("Resolve", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("Say what resolved the incident", page.Find("[data-testid=refusal]").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("investigating", page.Find("[data-testid=incident-summary]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Viewer_TimelineWithoutActions()
    {
        var incident = await OpenAsync();

        var page = RenderAs(incident.Id, "viewer", Roles.Viewer);

        Assert.Empty(page.FindAll("[data-testid=incident-actions]"));
        Assert.Equal("Opened", page.Find("[data-testid=timeline-entry]").GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Render_ReconciliationOperator_LinksToReconcilingTheIncidentsWindow()
    {
        var incident = await OpenAsync();

        var page = RenderAs(incident.Id, "recon", Roles.ReconciliationOperator);

        var link = page.Find("[data-testid=reconcile-window]");
        Assert.Contains("Reconcile transactions from this window", link.TextContent, StringComparison.Ordinal);
        var started = Uri.EscapeDataString(incident.StartedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"reconciliation?incident={incident.Id}&from={started}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_OnCallWithoutReconciliation_OffersNoReconcileLink()
    {
        var incident = await OpenAsync();

        var page = RenderAs(incident.Id, "oncall", Roles.OnCall);

        Assert.Empty(page.FindAll("[data-testid=reconcile-window]"));
    }

    private Task<Incident> OpenAsync() => Services.GetRequiredService<IncidentWorkflow>().OpenByHandAsync(
        new IncidentActor("oncall", "Omar On-call", [Roles.OnCall]), new NewIncident("billing failing", "high", "production", ["billing-api"], null), CancellationToken.None);

    private IRenderedComponent<IncidentDetail> RenderAs(Guid id, string userName, string role)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<IncidentDetail>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=timeline-entry]")));
        return page;
    }

    private sealed class SilentNotifier : IIncidentNotifier
    {
        public bool Notify(IncidentNotification notification) => true;
    }
}
