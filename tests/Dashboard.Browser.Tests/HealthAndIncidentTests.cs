using Dashboard.Infrastructure.DemoWorld;
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

    private async Task<IPage> SignedInAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync("oncall");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        return page;
    }
}
