using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The on-call pages in Chromium against the demo world (its sample fleet not started, so every service is unreachable).</summary>
public class HealthAndIncidentTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HealthGrid_ProbesRun_CellsTurnUnhealthyLiveNamingLiveness()
    {
        var page = await SignedInAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Health" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Health" })).ToBeVisibleAsync();
        var billing = page.Locator("[data-testid=health-row][data-service=billing-api] [data-testid=health-cell]").First;
        await Expect(billing).ToHaveAttributeAsync("data-state", "Unhealthy", new() { Timeout = 30_000 });
        await Expect(billing).ToContainTextAsync("liveness");
        await Screenshots.SaveAsync(page, "health-grid");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "health-grid");
    }

    [Fact]
    public async Task ServiceHealth_BillingApiWithoutTheFleet_IndicatorsInstancesChartsAndNoCheckRun()
    {
        var page = await SignedInAsync();

        await page.GotoAsync("health/billing-api");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "billing-api" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("environment-health")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("indicator").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=environment-health] svg").First).ToBeVisibleAsync();
        // The sample fleet is not started here: the demo's synthetic checks do not run against its refused ports.
        await Expect(page.GetByTestId("no-synthetic-checks").First).ToContainTextAsync("only on instances that answer liveness");
        await Expect(page.Locator("[data-testid=synthetic-check]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "service-health");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "service-health");
    }

    [Fact]
    public async Task Incidents_StorysPastIncident_ListedAndItsPortalEditRankedFirst()
    {
        var page = await SignedInAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Incidents" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Incidents" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "incidents");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "incidents");
        await page.GetByRole(AriaRole.Link, new() { Name = "billing-api unhealthy in production" }).ClickAsync();

        var first = page.GetByTestId("suspected-change").First;
        await Expect(first).ToContainTextAsync(DemoConfiguration.StoryKey);
        await Expect(first).ToContainTextAsync("applied 12 s before the first 500s");
        await Expect(page.Locator("[data-testid=timeline-entry][data-kind=OutOfBandChange]")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "incident-detail");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "incident-detail");
    }

    [Fact]
    public async Task Incident_ReconciliationOperatorFollowsReconcileThisWindow_CriteriaFilledAndRunFound()
    {
        using var onCall = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(onCall, "oncall", DemoAccounts.Password);
        var startedAt = fixture.Clock.GetUtcNow().AddDays(-2);
        using var opened = await onCall.PostAsJsonAsync("api/incidents",
            new { title = "payments stuck after the billing outage", severity = "high", environment = "production", services = new[] { "billing-api" }, startedAt });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var incident = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var page = await SignedInAsync("recon");
        await page.GotoAsync($"incidents/{incident}");
        // Follow the link once the page's circuit is up, as a person would; a link followed before that is rendered over by it.
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Reconcile transactions from this window" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reconciliation", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        var note = page.GetByTestId("window-from-incident");
        await Expect(note).ToContainTextAsync($"from {startedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC until now (it is not resolved)");
        await Expect(page.GetByTestId("from-time")).ToHaveValueAsync($"{startedAt.UtcDateTime:HH:mm:ss}");
        await Screenshots.SaveAsync(page, "reconciliation-from-incident");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "reconciliation-from-incident");

        await page.GetByTestId("find").ClickAsync();
        await Expect(page.GetByTestId("recon-run")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("runs").Locator("tbody tr").First).ToContainTextAsync($"attempted from {startedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ss}");

        // Not this test's business to classify hundreds against the gateway: the operator cancels, saying why.
        await page.GetByTestId("cancel-reason").FillAsync("checked the window only");
        await page.GetByTestId("cancel").ClickAsync();
        await Expect(page.GetByTestId("run-state")).ToHaveTextAsync("Cancelled");
    }

    private async Task<IPage> SignedInAsync(string userName = "oncall")
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        return page;
    }
}
