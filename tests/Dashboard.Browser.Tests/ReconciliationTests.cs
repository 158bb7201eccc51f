using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>A reconciliation operator finds stuck transactions, sees a bad criterion explained in place, and gets a classified plan awaiting a second person.</summary>
public class ReconciliationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Operator_BadCurrencyThenUsd_SeesTheFieldErrorThenAClassifiedPlanThatNeedsAnotherApprover()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("reconciliation");
        await page.GetByLabel("User name").FillAsync("recon");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reconciliation", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        var currency = page.GetByLabel("Currency (e.g. eur)");
        await currency.FillAsync("dollars");
        await page.GetByTestId("find").ClickAsync();
        await Expect(page.GetByTestId("recon-criteria")).ToContainTextAsync("currency", new() { IgnoreCase = true });
        await Expect(page.GetByTestId("recon-run")).ToHaveCountAsync(0);

        await currency.FillAsync("usd");
        await page.GetByTestId("find").ClickAsync();
        await Expect(page.GetByTestId("run-state")).ToHaveTextAsync("Classified", new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("action-counts")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("approval-rule")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("approve")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "reconciliation-classified");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "reconciliation-classified");
    }
}
