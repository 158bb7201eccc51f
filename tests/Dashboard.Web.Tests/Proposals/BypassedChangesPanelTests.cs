using Dashboard.Application.Live;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Controls;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Proposals;

/// <summary>The card of changes made outside the pipeline (Overview, the key's page, the proposal list) over a seeded world.</summary>
public class BypassedChangesPanelTests : ProposalPageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    private IRenderedComponent<BypassedChangesPanel> Open(string userName, string role, string? key = null)
    {
        SignIn(userName, role);
        Render<MudBlazor.MudPopoverProvider>();
        return Render<BypassedChangesPanel>(p => p.Add(c => c.Key, key));
    }

    private async Task PortalWriteAsync(string key, string label, string value, string? contentType = null)
    {
        await World.Detector.DetectAsync(None);
        await World.ConfigStores.Get(ProposalTestWorld.Store).WithActor("portal-user").SetSettingAsync(
            new ConfigSettingWrite(key, label, value, contentType), ConfigWriteCondition.Always, None);
        await World.Detector.DetectAsync(None);
    }

    [Fact]
    public async Task Render_PortalEdit_ShowsOldToNewWhoRadiusAndHighlightsItInItsRiskColour()
    {
        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");

        var panel = Open("viewer", "Viewer");

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=bypassed-change]")));
        var row = panel.Find("[data-testid=bypassed-change]");
        Assert.Equal("0.08 → 0.0825", panel.Find("[data-testid=bypassed-values]").TextContent.Trim());
        Assert.Equal("portal-user", panel.Find("[data-testid=bypassed-who]").TextContent);
        Assert.Equal(World.RiskNow.ToString().ToLowerInvariant(), panel.Find("[data-testid=bypassed-risk]").TextContent.Trim());
        Assert.Contains("billing-api", panel.Find("[data-testid=bypassed-radius]").TextContent);
        Assert.Contains("bypass-unhandled", row.ClassName);
        Assert.Contains($"bypass-risk-{World.RiskNow.ToString().ToLowerInvariant()}", row.ClassName);
        Assert.Contains("q=tax.rate.default", panel.Find("[data-testid=bypassed-key]").GetAttribute("href"));
        Assert.Contains("+00:00", row.TextContent);
    }

    [Fact]
    public async Task Render_AsAViewer_OffersNoActions()
    {
        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");

        var panel = Open("viewer", "Viewer");

        panel.WaitForAssertion(() => Assert.Contains("Not handled yet", panel.Find("[data-testid=bypassed-handled]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=bypassed-revert]"));
    }

    [Fact]
    public async Task Revert_AsAnEngineer_OpensTheDraftProposalOfTheOldValue()
    {
        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");
        var panel = Open("engineer", "Engineer");

        panel.WaitForElement("[data-testid=bypassed-revert]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        panel.WaitForAssertion(() => Assert.Contains("/proposals/", navigation.Uri));
        var id = Guid.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..]);
        var draft = await World.StoredAsync(id);
        Assert.Equal(("0.08", ProposalState.Draft), (draft.ProposedValue.Value, draft.State));
        Assert.StartsWith("Revert out-of-band change by portal-user at ", draft.Reason);
    }

    [Fact]
    public async Task Adopt_AsAnEngineer_MarksItAdoptedByThemAndStopsHighlightingIt()
    {
        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");
        var panel = Open("engineer", "Engineer");

        panel.WaitForElement("[data-testid=bypassed-adopt]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Adopted by engineer", panel.Find("[data-testid=bypassed-handled]").TextContent));
        Assert.DoesNotContain("bypass-unhandled", panel.Find("[data-testid=bypassed-change]").ClassName);
        Assert.Contains("0 not handled yet", panel.Find("[data-testid=bypassed-counts]").TextContent);
    }

    [Fact]
    public async Task Adopt_AfterSomeoneElseRevertedIt_ShowsWhoDidInPlace()
    {
        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");
        var panel = Open("engineer", "Engineer");
        var adopt = panel.WaitForElement("[data-testid=bypassed-adopt]");
        var id = (await World.Detector.ListAsync(1, 1, None)).Items[0].Id;
        await World.BypassActions.RevertAsync(id, ProposalTestWorld.Engineer, None);

        adopt.Click();

        panel.WaitForAssertion(() => Assert.Contains("already reverted through the pipeline by Erin Engineer", panel.Find("[data-testid=bypassed-error]").TextContent));
        Assert.Contains("Open the revert", panel.Find("[data-testid=bypassed-handled]").TextContent);
    }

    [Fact]
    public async Task Render_ForOneKey_ListsOnlyThatKeysChanges()
    {
        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");
        await PortalWriteAsync("Billing:Gateway:MaxRetries", "production", "7");

        var panel = Open("viewer", "Viewer", key: "Billing:Gateway:MaxRetries");

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=bypassed-change]")));
        Assert.Contains("Billing:Gateway:MaxRetries", panel.Find("[data-testid=bypassed-key]").TextContent);
    }

    [Fact]
    public async Task Render_KeyVaultReferenceWrittenInThePortal_ShowsOnlyTheMask()
    {
        await PortalWriteAsync("Billing:Sql:Reference", "production", "{\"uri\":\"https://contoso.vault.azure.net/secrets/sql\"}", ConfigContentTypes.KeyVaultReference);

        var panel = Open("viewer", "Viewer");

        panel.WaitForAssertion(() => Assert.Contains(SecretDetector.Mask, panel.Find("[data-testid=bypassed-values]").TextContent));
        Assert.DoesNotContain("contoso.vault", panel.Markup);
    }

    [Fact]
    public async Task Render_ChangeDetectedWhileOpen_ShowsItWithoutAReload()
    {
        var panel = Open("viewer", "Viewer");
        panel.WaitForElement("[data-testid=bypassed-none]");

        await PortalWriteAsync(ProposalTestWorld.Key, "production", "0.0825");
        Feed.Publish(new FeedEvent(FeedTopic.BypassedChanges, "config/portal", DateTimeOffset.UtcNow));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=bypassed-change]")));
    }
}
