using Dashboard.Application.Live;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Model;
using Microsoft.Extensions.DependencyInjection;
using ProposalsPage = Dashboard.Web.Components.Pages.Proposals;

namespace Dashboard.Web.Tests.Proposals;

public sealed class ProposalListPageTests : ProposalPageTestBase
{
    private IRenderedComponent<ProposalsPage> Open()
    {
        SignIn("viewer", "Viewer");
        return RenderWithProviders<ProposalsPage>();
    }

    private static IReadOnlyList<string> Texts(IRenderedComponent<ProposalsPage> page, string testId) =>
        [.. page.FindAll($"[data-testid={testId}]").Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task Render_WithProposals_ListsNewestFirstWithStateRiskAndLink()
    {
        var older = await World.ProposeAsync("0.0825");
        await World.Service.ApplyToStagingAsync(older.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        var newer = await World.ProposeAsync("5", key: "Billing:Gateway:MaxRetries");

        var page = Open();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=proposal-link]").Count));
        Assert.Equal(["Billing:Gateway:MaxRetries", ProposalTestWorld.Key], Texts(page, "proposal-link"));
        Assert.Equal(["Draft", "AppliedToStaging"], Texts(page, "proposal-state"));
        Assert.Equal(["high", "high"], Texts(page, "proposal-risk"));
        Assert.Equal(["5", "0.0825"], Texts(page, "proposal-value"));
        Assert.Equal($"proposals/{newer.Id}", page.FindAll("[data-testid=proposal-link]")[0].GetAttribute("href"));
        Assert.Contains("Erin Engineer", page.Find("[data-testid=proposals-table]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=proposals-empty]"));
    }

    [Fact]
    public async Task Render_AfterAChangeOutsideThePipeline_ShowsItInTheWarningPanelWithItsActor()
    {
        await World.Detector.DetectAsync(CancellationToken.None);
        await World.ConfigStores.Get(ProposalTestWorld.Store).WithActor("portal-user").SetSettingAsync(
            new ConfigSettingWrite(ProposalTestWorld.Key, "production", "0.09"), ConfigWriteCondition.Always, CancellationToken.None);
        await World.Detector.DetectAsync(CancellationToken.None);

        var page = Open();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=bypassed-change]")));
        var row = page.Find("[data-testid=bypassed-change]").TextContent;
        Assert.Contains(ProposalTestWorld.Key, row);
        Assert.Contains("portal-user", row);
        Assert.Contains("Changes made outside the pipeline", page.Find("[data-testid=bypassed-changes]").TextContent);
    }

    [Fact]
    public void Render_WithNoChangeOutsideThePipeline_ShowsNoWarningPanel()
    {
        var page = Open();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=proposals-empty]")));
        Assert.Empty(page.FindAll("[data-testid=bypassed-changes]"));
    }

    [Fact]
    public async Task Render_SecretKey_MasksTheProposedValue()
    {
        const string reference = """{"uri":"https://kv.vault.azure.net/secrets/sql-2027"}""";
        await World.ProposeAsync(reference, key: "Billing:Database:ConnectionString", contentType: ConfigContentTypes.KeyVaultReference);

        var page = Open();

        page.WaitForAssertion(() => Assert.Equal([ProposalValues.Hidden], Texts(page, "proposal-value")));
        Assert.DoesNotContain("sql-2027", page.Markup);
    }

    [Fact]
    public void Render_NoProposals_SaysHowToProposeOne()
    {
        var page = Open();

        page.WaitForAssertion(() => Assert.Contains("No proposals yet", page.Find("[data-testid=proposals-empty]").TextContent));
        Assert.Equal("propose", page.Find("[data-testid=propose-link]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=proposal-link]"));
    }

    [Fact]
    public async Task LoadPage_StateAndKeyFilters_ReturnOnlyMatchingProposals()
    {
        var staged = await World.ProposeAsync("0.0825");
        await World.Service.ApplyToStagingAsync(staged.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        await World.ProposeAsync("0.09");
        await World.ProposeAsync("5", key: "Billing:Gateway:MaxRetries");
        var model = Services.GetRequiredService<ProposalListViewModel>();

        model.StateFilter = ProposalState.Draft;
        model.KeyFilter = $" {ProposalTestWorld.Key} ";
        var page = await model.LoadPageAsync(0, 10, CancellationToken.None);

        var row = Assert.Single(page.Rows);
        Assert.Equal("0.09", row.Value);
        Assert.Equal(1, page.TotalCount);
        Assert.True(model.IsFiltered);
    }

    [Fact]
    public async Task ANewProposalByAnotherUser_AppearsWithoutAReload()
    {
        var page = Open();
        page.WaitForAssertion(() => page.Find("[data-testid=proposals-empty]"));

        var proposal = await World.ProposeAsync();
        Feed.Publish(new FeedEvent(FeedTopic.Proposals, proposal.Id.ToString(), DateTimeOffset.UtcNow));

        page.WaitForAssertion(() => Assert.Equal([ProposalTestWorld.Key], Texts(page, "proposal-link")));
    }
}
