using Dashboard.Application.Live;
using Dashboard.Domain.Access;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ProposalsPage = Dashboard.Web.Components.Pages.Proposals;

namespace Dashboard.Web.Tests.Proposals;

public sealed class ProposalListPageTests : ProposalPageTestBase
{
    private static readonly ProposalActor EngineerWhoApproves = new("ellis", "Ellis Both", [Roles.Engineer, Roles.Approver]);

    private IRenderedComponent<ProposalsPage> Open()
    {
        SignIn("viewer", "Viewer");
        return RenderWithProviders<ProposalsPage>();
    }

    private IRenderedComponent<ProposalsPage> OpenView(string? view, string userName, params string[] roles) => OpenView(view, userName, [], roles);

    private IRenderedComponent<ProposalsPage> OpenView(string? view, string userName, string[] teams, params string[] roles)
    {
        SignIn(userName, roles);
        if (teams.Length > 0) InTeams(teams);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("view", view));
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
        Assert.Equal(["Draft, not applied yet", "Applied to staging"], Texts(page, "proposal-state"));
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

    [Fact]
    public async Task Render_WaitingForMyApprovalView_ListsOnlyOthersProposalsWaitingForApproval()
    {
        var others = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await World.StagingVerifiedAsync(EngineerWhoApproves);
        await World.ProposeAsync("0.09");

        // The user id differs in case from the author's: still the same person, so their own proposal stays out.
        var page = OpenView("approval", "ELLIS", ["payments"], Roles.Approver);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=proposal-link]")));
        Assert.Equal($"proposals/{others.Id}", page.Find("[data-testid=proposal-link]").GetAttribute("href"));
        Assert.Equal(["Waiting for approval"], Texts(page, "proposal-state"));
        Assert.Equal("page", page.Find("[data-testid=view-WaitingForMyApproval]").GetAttribute("aria-current"));
        Assert.Empty(page.FindAll("[data-testid=state-filter]"));
    }

    [Fact]
    public async Task Render_WaitingForMyApprovalView_WithTwoApprovalsNeeded_LeavesOutTheOneIAlreadyApproved()
    {
        var admin = new ProposalActor("admin", "Alex Admin", [Roles.Admin]);
        await World.GatePolicies.ChangeAsync(ProposalEnvironment.Production,
            GateRules.Default with { High = new GateRule(stagingEvidence: true, mitigation: true, approvals: 2, ownerTeams: true) }, admin, CancellationToken.None);
        var approvedByMe = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await World.Service.ApproveAsync(approvedByMe.Id, new ProposalActor("pat", "Pat", [Roles.Approver], ["payments"]), "watch billing-api; roll back on errors", CancellationToken.None);
        var waiting = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = OpenView("approval", "pat", ["payments"], Roles.Approver);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=proposal-link]")));
        Assert.Equal($"proposals/{waiting.Id}", page.Find("[data-testid=proposal-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task Render_WaitingForMyApprovalView_ForAnApproverOfNoOwningTeam_ListsNothingWhileATeamIsMissing()
    {
        await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = OpenView("approval", "walter", ["web-experience"], Roles.Approver);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=proposal-link]")));
    }

    [Fact]
    public async Task Render_WaitingForMyApprovalWithoutTheApproverRole_SaysWhyNothingIsThere()
    {
        await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = OpenView("approval", "viewer", Roles.Viewer);

        page.WaitForAssertion(() => Assert.Contains("you do not have it", page.Find("[data-testid=view-note]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=proposal-link]"));
    }

    [Fact]
    public async Task Render_MineView_ListsOnlyTheSignedInPersonsProposalsInAnyState()
    {
        var mine = await World.ProposeAsync("0.09", author: EngineerWhoApproves);
        await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = OpenView("mine", "ellis", Roles.Engineer);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=proposal-link]")));
        Assert.Equal($"proposals/{mine.Id}", page.Find("[data-testid=proposal-link]").GetAttribute("href"));
        Assert.Equal("page", page.Find("[data-testid=view-Mine]").GetAttribute("aria-current"));
    }

    [Fact]
    public void Render_ViewButtons_LinkToTheirViewInTheUrl()
    {
        var page = OpenView(null, "approver", Roles.Approver);

        Assert.EndsWith("?view=approval", page.Find("[data-testid=view-WaitingForMyApproval]").GetAttribute("href"));
        Assert.EndsWith("?view=mine", page.Find("[data-testid=view-Mine]").GetAttribute("href"));
        Assert.DoesNotContain("view=", page.Find("[data-testid=view-All]").GetAttribute("href"));
        Assert.Equal("page", page.Find("[data-testid=view-All]").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("approval", ProposalListView.WaitingForMyApproval)]
    [InlineData(" MINE ", ProposalListView.Mine)]
    [InlineData("unknown", ProposalListView.All)]
    [InlineData(null, ProposalListView.All)]
    public void Parse_QueryValue_OpensThatViewOrTheWholeList(string? value, ProposalListView expected) =>
        Assert.Equal(expected, ProposalListViews.Parse(value));
}
