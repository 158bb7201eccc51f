using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Proposals;

/// <summary>
/// The approval step under the owner-team rule, with the demo catalog and accounts: billing-api is owned by payments and
/// invoice-renderer by documents; Ada Approver is in both, Pat Payments and Dora Documents in one each.
/// </summary>
public sealed class ProposalTeamApprovalPageTests : ProposalPageTestBase
{
    private static readonly ProposalActor Pat = new("approver-payments", "Pat Payments", [Roles.Approver], ["payments"]);
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = null!;

    private IRenderedComponent<ProposalDetail> Open(Guid id, string userName, string[] teams, params string[] roles)
    {
        SignIn(userName, roles);
        if (teams.Length > 0) InTeams(teams);
        _dialogs = Render<MudBlazor.MudDialogProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<ProposalDetail>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForAssertion(() => page.Find("[data-testid=proposal-state]"));
        return page;
    }

    private async Task<Proposal> WaitingForDocumentsAsync()
    {
        World.AlsoAffectedNow.Add("invoice-renderer");
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await World.Service.ApproveAsync(proposal.Id, Pat, "watch billing-api 5xx; roll back on any rise", CancellationToken.None);
        return proposal;
    }

    [Fact]
    public async Task Render_OneOfTwoOwningTeamsApproved_ShowsWhoApprovedForWhichTeamAndWhoCanApproveForTheOther()
    {
        var proposal = await WaitingForDocumentsAsync();

        var page = Open(proposal.Id, "viewer", [], Roles.Viewer);

        Assert.Equal("Approved for: payments (Pat Payments)", page.Find("[data-testid=teams-approved]").TextContent.Trim());
        Assert.Equal("Waiting for: documents (owns invoice-renderer): Ada Approver or Dora Documents can approve",
            page.Find("[data-testid=teams-waiting]").TextContent.Trim());
    }

    [Fact]
    public async Task Render_AnApproverOutsideTheMissingTeam_GetsNoApproveButtonButTheReason()
    {
        var proposal = await WaitingForDocumentsAsync();

        var page = Open(proposal.Id, "walter", ["web-experience"], Roles.Approver);

        Assert.Empty(page.FindAll("[data-testid=action-Approve]"));
        Assert.Contains("waits for an approver from documents", page.Find("[data-testid=approval-note]").TextContent);
    }

    [Fact]
    public async Task Approve_ByAMemberOfTheMissingTeam_CompletesTheGateAndShowsEveryTeamApproved()
    {
        var proposal = await WaitingForDocumentsAsync();
        // The test sign-in carries no display name, so the approval shows the user name.
        var page = Open(proposal.Id, "approver-documents", [], Roles.Approver);

        page.Find("[data-testid=action-Approve]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=production-step-dialog]"));
        _dialogs.Find("[data-testid=dialog-mitigation] textarea, textarea[data-testid=dialog-mitigation]").Input("watch invoice totals; roll back on any drift");
        _dialogs.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Approved for: payments (Pat Payments), documents (approver-documents)",
            page.Find("[data-testid=teams-approved]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=teams-waiting]"));
        Assert.Equal(ProposalState.Approved, (await World.StoredAsync(proposal.Id)).State);
    }
}
