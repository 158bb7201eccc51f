using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>An Admin tightens the production gate from the nav; the page saves it and stays accessible.</summary>
public class GateSettingsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ProductionGate_AdminAsksTwoApprovalsForCritical_SavesIt()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("account/login");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        // A click on the prerendered page can be overtaken by the circuit starting on the Overview: wait for it first.
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Production gate" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Production gate", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("gate-changed")).ToContainTextAsync("The default gate");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/settings/gate");

        await page.GetByLabel("Approvals for critical").FillAsync("2");
        await page.GetByLabel("Approvals for critical").BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the gate" }).ClickAsync();

        await Expect(page.GetByTestId("gate-saved")).ToContainTextAsync("Proposals submitted from now on");
        await Expect(page.GetByTestId("gate-changed")).ToContainTextAsync("Last changed by Alex Admin");
        await Screenshots.SaveAsync(page, "gate-settings-saved");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/settings/gate after saving");
    }
}
