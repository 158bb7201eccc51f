using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The story's change, done right: proposed, staged, verified, approved by someone else, applied, rolled back.</summary>
public class ChangePipelineTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TaxRateChange_GoesThroughStagingAndApproval_ToProduction_AndRollsBack()
    {
        var engineer = await SignedInAsync("engineer", "/propose?key=tax.rate.default");
        await engineer.GetByTestId("propose-value").FillAsync("0.0825");
        await Expect(engineer.GetByTestId("risk-level")).ToHaveTextAsync("critical risk");
        await engineer.GetByTestId("propose-reason").FillAsync("The tax authority raised the default rate.");
        await engineer.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" }).ClickAsync();

        // Creating the proposal computes its radius on the server: allow for a busy machine.
        await Expect(engineer.GetByTestId("proposal-state")).ToHaveTextAsync("Draft, not applied yet", new() { Timeout = 30_000 });
        await Expect(engineer.GetByTestId("action-ApplyToProduction")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(engineer, "pipeline-1-draft");
        await Accessibility.AssertNoSeriousViolationsAsync(engineer, "pipeline-1-draft");
        await engineer.GetByTestId("action-ApplyToStaging").ClickAsync();
        await Expect(engineer.GetByTestId("proposal-state")).ToHaveTextAsync("Applied to staging");
        // A critical change counts as verified only once billing-api (30 s) and invoice-renderer (5 min) can have read it: the page counts down.
        await Expect(engineer.GetByTestId("staging-countdown")).ToContainTextAsync("billing-api refreshes every 30 s");
        await Expect(engineer.GetByTestId("action-VerifyStaging")).ToBeDisabledAsync();
        await Screenshots.SaveAsync(engineer, "pipeline-1b-staging-countdown");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await Expect(engineer.GetByTestId("staging-countdown")).ToHaveCountAsync(0);
        await engineer.GetByTestId("action-VerifyStaging").ClickAsync();
        var checks = engineer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Checkbox);
        await Expect(checks.First).ToBeAttachedAsync();
        for (var i = 0; i < await checks.CountAsync(); i++) await checks.Nth(i).CheckAsync(new() { Force = true });
        await engineer.GetByTestId("confirm-checklist").ClickAsync();
        await Expect(engineer.GetByTestId("proposal-state")).ToHaveTextAsync("Waiting for approval");
        var proposalUrl = engineer.Url;

        // The author is not offered approval, and a second person must approve.
        await Expect(engineer.GetByTestId("action-Approve")).ToHaveCountAsync(0);
        // The approver finds it in their inbox, kept in the URL.
        var approver = await SignedInAsync("approver", "/proposals?view=approval");
        await Expect(approver.GetByTestId("view-WaitingForMyApproval")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(approver.GetByTestId("proposal-state")).ToHaveTextAsync("Waiting for approval");
        await Screenshots.SaveAsync(approver, "pipeline-2-inbox");
        await Accessibility.AssertNoSeriousViolationsAsync(approver, "pipeline-2-inbox");
        await approver.GetByTestId("proposal-link").ClickAsync();
        await Expect(approver).ToHaveURLAsync(proposalUrl);
        // The radius as of now: "not validated in staging" is resolved, and the banner over a critical change is never green.
        await Expect(approver.GetByTestId("resolved-risk").Filter(new() { HasText = "not-validated-in-staging" }))
            .ToContainTextAsync("Engineer verified the change in staging");
        await Expect(approver.GetByTestId("resolved-risk").Filter(new() { HasText = "environment-drift" }))
            .ToContainTextAsync("applied the proposed value to staging");
        await Expect(approver.GetByTestId("radius-change")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-alert-text-error"));
        await Screenshots.SaveAsync(approver, "pipeline-2-radius-now");
        await Accessibility.AssertNoSeriousViolationsAsync(approver, "pipeline-2-radius-now");
        // A critical change needs an approver from each team owning a reader: payments (billing-api) and documents (invoice-renderer).
        await Expect(approver.GetByTestId("teams-waiting")).ToContainTextAsync("payments (owns billing-api)");
        await Expect(approver.GetByTestId("teams-waiting")).ToContainTextAsync("documents (owns invoice-renderer): Ada Approver or Dora Documents can approve");
        await Accessibility.AssertNoSeriousViolationsAsync(approver, "pipeline-2-teams-waiting");
        await approver.GetByTestId("action-Approve").ClickAsync();
        var approval = approver.GetByRole(AriaRole.Dialog);
        await Expect(approval.GetByTestId("dialog-risk")).ToHaveTextAsync("critical risk now");
        await Expect(approval.GetByTestId("dialog-confirm")).ToBeDisabledAsync();
        await approval.GetByLabel("Mitigation").FillAsync("Watch billing-api 5xx for 10 minutes; roll back on any rise.");
        await Screenshots.SaveAsync(approver, "pipeline-2a-approve-dialog");
        await approval.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(approver.GetByTestId("proposal-state")).ToHaveTextAsync("Approved, ready for production");
        // Ada is in both teams: her one approval covers them.
        await Expect(approver.GetByTestId("teams-approved")).ToContainTextAsync("payments (Ada Approver)");
        await Expect(approver.GetByTestId("teams-approved")).ToContainTextAsync("documents (Ada Approver)");
        await Screenshots.SaveAsync(approver, "pipeline-2-approved");
        await Accessibility.AssertNoSeriousViolationsAsync(approver, "pipeline-2-approved");

        await engineer.ReloadAsync();
        await Expect(engineer.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await engineer.GetByTestId("action-ApplyToProduction").ClickAsync();
        await Expect(engineer.GetByRole(AriaRole.Dialog).GetByTestId("dialog-after")).ToHaveTextAsync("0.0825");
        await engineer.GetByRole(AriaRole.Dialog).GetByTestId("dialog-confirm").ClickAsync();
        await Expect(engineer.GetByTestId("proposal-state")).ToHaveTextAsync("Applied to production");
        await Expect(engineer.GetByTestId("diff-production")).ToContainTextAsync("0.0825");
        await engineer.GetByTestId("action-RollBack").ClickAsync();
        await engineer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Roll back" }).ClickAsync();
        await Expect(engineer.GetByTestId("proposal-state")).ToHaveTextAsync("Rolled back");
        // Created, three claimed writes and what completed them, verified, approved.
        await Expect(engineer.GetByTestId("history-row")).ToHaveCountAsync(9);
        await Screenshots.SaveAsync(engineer, "pipeline-3-rolled-back");
        await Accessibility.AssertNoSeriousViolationsAsync(engineer, "pipeline-3-rolled-back");

        await engineer.GotoAsync("/config-map?env=production&q=tax.rate.default");
        await Expect(engineer.GetByTestId("key-details")).ToContainTextAsync("0.08");
    }

    private async Task<IPage> SignedInAsync(string user, string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        return page;
    }
}
