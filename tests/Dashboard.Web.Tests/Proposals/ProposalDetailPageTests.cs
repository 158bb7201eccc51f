using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Proposals;

public sealed class ProposalDetailPageTests : ProposalPageTestBase
{
    private IRenderedComponent<ProposalDetail> Open(Guid id, string userName, params string[] roles)
    {
        SignIn(userName, roles);
        Render<MudBlazor.MudDialogProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<ProposalDetail>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForAssertion(() => page.Find("[data-testid=proposal-state]"));
        return page;
    }

    private static IReadOnlyList<string> ActionButtons(IRenderedComponent<ProposalDetail> page) =>
        [.. page.FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")!)];

    [Fact]
    public async Task Render_DraftAsEngineer_ShowsApplyToStagingButNotApplyToProduction()
    {
        var proposal = await World.ProposeAsync();

        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        var buttons = ActionButtons(page);
        Assert.Contains("action-ApplyToStaging", buttons);
        Assert.Contains("action-Abandon", buttons);
        Assert.DoesNotContain("action-ApplyToProduction", buttons);
        Assert.DoesNotContain("action-Approve", buttons);
        Assert.Contains("0.0825", page.Find("[data-testid=diff-production]").TextContent);
        Assert.Contains("billing-api reads it on every invoice", page.Find("[data-testid=risk-explanation]").TextContent);
    }

    [Fact]
    public async Task Render_StagingVerifiedAsViewer_ShowsNoActions()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = Open(proposal.Id, "viewer", Roles.Viewer);

        Assert.Equal("StagingVerified", page.Find("[data-testid=proposal-state]").TextContent.Trim());
        Assert.Empty(ActionButtons(page));
    }

    [Fact]
    public async Task Approve_ByTheAuthorWhoIsAnApprover_ShowsTheRefusalAndKeepsTheState()
    {
        var author = new ProposalActor("erin", "Erin Engineer", [Roles.Engineer, Roles.Approver]);
        var proposal = await World.StagingVerifiedAsync(author);
        var page = Open(proposal.Id, "erin", Roles.Engineer, Roles.Approver);

        page.Find("[data-testid=action-Approve]").Click();

        page.WaitForAssertion(() => Assert.Contains("wrote this proposal and cannot approve it", page.Find("[data-testid=proposal-refusal]").TextContent));
        Assert.Equal("StagingVerified", page.Find("[data-testid=proposal-state]").TextContent.Trim());
        Assert.Equal(ProposalState.StagingVerified, (await World.StoredAsync(proposal.Id)).State);
    }

    [Fact]
    public async Task ApplyToStaging_AsEngineer_MovesTheProposalAndListsTheHistory()
    {
        var proposal = await World.ProposeAsync();
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-ApplyToStaging]").Click();

        page.WaitForAssertion(() => Assert.Equal("AppliedToStaging", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        var history = page.FindAll("[data-testid=history-row]").Select(r => r.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Propose", history[0]);
        Assert.Contains("ApplyToStaging", history[1]);
        Assert.Contains("Draft → AppliedToStaging", history[1]);
        // The step is recorded under the signed-in user, the page's actor, not the proposal's author.
        Assert.Equal("engineer", page.FindAll("[data-testid=history-row]")[1].Children[1].TextContent);
        Assert.Contains("action-VerifyStaging", ActionButtons(page));
        Assert.Empty(page.FindAll("[data-testid=proposal-refusal]"));
        Assert.Equal(ProposalState.AppliedToStaging, (await World.StoredAsync(proposal.Id)).State);
    }
}
