using Dashboard.Application.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The outage's first step again: a portal edit of production, loud on the Overview, reverted through the pipeline.</summary>
public class OutOfBandChangeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PortalEdit_ShowsOnTheOverviewWithOldNewAndRisk_AndRevertOpensTheDraftProposal()
    {
        var services = fixture.Host.App.Services;
        var detector = services.GetRequiredService<OutOfBandChangeDetector>();
        await detector.DetectAsync(CancellationToken.None);
        await services.GetRequiredService<LocalConfigStoreRegistry>().Get(DemoCatalog.SharedStore).WithActor("portal-user").SetSettingAsync(
            new ConfigSettingWrite(DemoConfiguration.StoryKey, "production", "0.09"), ConfigWriteCondition.Always, CancellationToken.None);
        await detector.DetectAsync(CancellationToken.None);

        var engineer = await SignedInAsync("engineer", "/");
        var card = engineer.GetByTestId("bypassed-changes");
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Changed outside the pipeline" })).ToBeVisibleAsync();
        var edit = card.GetByTestId("bypassed-change").Filter(new() { HasText = "portal-user" });
        await Expect(edit.GetByTestId("bypassed-values")).ToHaveTextAsync("0.08 → 0.09");
        await Expect(edit).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("bypass-unhandled"));
        await Expect(edit.GetByTestId("bypassed-radius")).ToContainTextAsync("billing-api");
        await Screenshots.SaveAsync(engineer, "out-of-band-1-overview");
        await Accessibility.AssertNoSeriousViolationsAsync(engineer, "out-of-band-1-overview");

        await edit.GetByTestId("bypassed-revert").ClickAsync();

        // Drafting the revert computes its radius on the server: allow for a busy machine.
        await Expect(engineer.GetByTestId("proposal-state")).ToHaveTextAsync("Draft, not applied yet", new() { Timeout = 30_000 });
        await Expect(engineer.Locator("body")).ToContainTextAsync("Revert out-of-band change by portal-user at");
        await Screenshots.SaveAsync(engineer, "out-of-band-2-revert-draft");
        await engineer.GotoAsync("/config-map?env=production&q=tax.rate.default");
        var onKeyPage = engineer.GetByTestId("key-details").GetByTestId("bypassed-change").Filter(new() { HasText = "portal-user" });
        await Expect(onKeyPage.GetByTestId("bypassed-handled")).ToContainTextAsync("Revert proposed by");
        await Screenshots.SaveAsync(engineer, "out-of-band-3-key-page");
        await Accessibility.AssertNoSeriousViolationsAsync(engineer, "out-of-band-3-key-page");
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
