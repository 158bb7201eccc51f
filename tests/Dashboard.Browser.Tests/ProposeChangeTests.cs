using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public class ProposeChangeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Engineer_GoesFromTheMapToAProposal_AndSeesTheStorysBlastRadius()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/config-map?q=tax.rate.default");
        await page.GetByLabel("User name").FillAsync("engineer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await page.GetByTestId("key-details").GetByRole(AriaRole.Link, new() { Name = "Propose a change" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Propose a change" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-values")).ToContainTextAsync("production");

        var value = page.GetByTestId("propose-value");
        await value.FillAsync("eight percent");
        await Expect(page.GetByText("'eight percent' is not a number")).ToBeVisibleAsync();
        await value.FillAsync("0.0825");

        await Expect(page.GetByTestId("risk-level")).ToHaveTextAsync("critical risk");
        var billing = page.GetByTestId("radius-affected").Filter(new() { HasText = "billing-api" });
        await Expect(billing).ToContainTextAsync("reloads");
        await Expect(billing.GetByTestId("radius-finding").Filter(new() { HasText = "reload-dispose-before-create" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("radius-downstream").Filter(new() { HasText = "frontend" })).ToContainTextAsync("up to 4 calls per request, no backoff");
        await Expect(page.GetByTestId("config-graph")).ToHaveAttributeAsync("data-rendered-nodes", new System.Text.RegularExpressions.Regex("^[1-9]"));
        await Screenshots.SaveAsync(page, "propose-tax-rate-radius");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "propose-tax-rate-radius");
    }
}
