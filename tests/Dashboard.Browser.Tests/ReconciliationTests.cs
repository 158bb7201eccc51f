using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A reconciliation operator finds stuck transactions, sees a bad criterion explained in place, gets a classified plan awaiting a
/// second person, excludes one transaction and overrides another (refused without a reason, saved with one); and walks a run
/// through every step: a second person approves in their own browser, the run executes with live progress and completes, and
/// the report downloads. The two use different currencies, so neither acts on the other's transactions.
/// </summary>
public class ReconciliationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("reconciliation");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reconciliation", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        return page;
    }

    [Fact]
    public async Task OperatorAndApprover_GbpRun_ApprovedExecutedWithLiveProgressAndReported()
    {
        var operatorPage = await SignedInAsync("recon");
        await operatorPage.GetByLabel("Currency (e.g. eur)").FillAsync("gbp");
        await operatorPage.GetByTestId("find").ClickAsync();
        await Expect(operatorPage.GetByTestId("run-state")).ToHaveTextAsync("Classified", new() { Timeout = 180_000 });
        await Expect(operatorPage.GetByTestId("approval-rule")).ToContainTextAsync("other than Rita Reconciliation");
        await Expect(operatorPage.GetByTestId("execute")).ToHaveCountAsync(1);

        // The second person opens the newest run in their own browser and approves the plan they see.
        var approverPage = await SignedInAsync("approver");
        await approverPage.GetByTestId("runs").GetByRole(AriaRole.Button, new() { Name = "Open" }).First.ClickAsync();
        await Expect(approverPage.GetByTestId("run-state")).ToHaveTextAsync("Classified");
        await approverPage.GetByTestId("approve").ClickAsync();
        await Expect(approverPage.GetByTestId("approval")).ToContainTextAsync("Approved by");
        await Screenshots.SaveAsync(approverPage, "reconciliation-approved");

        // The operator's page follows live; executing shows progress and pace until the run completes.
        await Expect(operatorPage.GetByTestId("run-state")).ToHaveTextAsync("Approved");
        await operatorPage.GetByTestId("execute").ClickAsync();
        await Expect(operatorPage.GetByTestId("progress")).ToBeVisibleAsync();
        await Expect(operatorPage.GetByTestId("pace")).ToBeVisibleAsync();
        await Expect(operatorPage.GetByTestId("run-state")).ToHaveTextAsync("Completed", new() { Timeout = 180_000 });
        await Expect(operatorPage.GetByTestId("progress")).ToContainTextAsync(" done, 0 skipped (changed), 0 failed");
        await Screenshots.SaveAsync(operatorPage, "reconciliation-completed");
        await Accessibility.AssertNoSeriousViolationsAsync(operatorPage, "reconciliation-completed");

        var download = await operatorPage.RunAndWaitForDownloadAsync(() => operatorPage.GetByTestId("report").ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path!);
        var finished = await operatorPage.GetByTestId("progress").TextContentAsync();
        Assert.StartsWith("reconciliation-", download.SuggestedFilename);
        Assert.StartsWith("position,transaction_id", lines[0]);
        Assert.True(lines.Length > 1, "the report lists the run's transactions");
        Assert.Contains(lines.Skip(1), line => line.Contains(",Done,", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ of \d+: \d+ done", finished);
    }

    [Fact]
    public async Task Operator_BadCurrencyThenUsd_SeesTheFieldErrorThenAClassifiedPlanToEditThatNeedsAnotherApprover()
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

        // Exclude one capture with a reason, then override another: refused in place without a reason, saved with one.
        var captures = page.Locator("[data-testid=items] tbody tr").Filter(new() { HasText = "capture + confirm_ledger" });
        var excludedRow = (await captures.Nth(0).GetAttributeAsync("data-testid"))!;
        var overriddenRow = (await captures.Nth(1).GetAttributeAsync("data-testid"))!;
        var planBefore = await page.GetByTestId("plan-hash").TextContentAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit transaction {excludedRow["item-".Length..]}" }).ClickAsync();
        await page.GetByTestId("exclude").ClickAsync();
        await page.GetByTestId("item-editor").GetByLabel("Reason (optional)").FillAsync("paid by bank transfer");
        await page.GetByTestId("edit-save").ClickAsync();
        await Expect(page.GetByTestId(excludedRow).GetByTestId("item-actions")).ToHaveTextAsync("excluded");
        await Expect(page.GetByTestId("action-counts")).ToContainTextAsync("excluded: 1");
        await Expect(page.GetByTestId("plan-hash")).Not.ToHaveTextAsync(planBefore!);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit transaction {overriddenRow["item-".Length..]}" }).ClickAsync();
        await page.GetByTestId("override").ClickAsync();
        await page.GetByTestId("override-action-escalate").ClickAsync();
        await page.GetByTestId("edit-save").ClickAsync();
        await Expect(page.GetByTestId("item-editor")).ToContainTextAsync("needs a reason");
        await page.GetByTestId("item-editor").GetByLabel("Reason (required)").FillAsync("customer disputes the order by phone");
        await page.GetByTestId("edit-save").ClickAsync();
        await Expect(page.GetByTestId(overriddenRow).GetByTestId("item-actions")).ToHaveTextAsync("capture + confirm_ledger + escalate");
        await Expect(page.GetByTestId(overriddenRow).GetByTestId("item-why")).ToContainTextAsync("customer disputes the order by phone");
        await Screenshots.SaveAsync(page, "reconciliation-excluded-and-overridden");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "reconciliation-excluded-and-overridden");
    }
}
