using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Proposals;

/// <summary>The gate on the proposal page: the staging countdown, and the dialog that confirms Approve and Apply to production.</summary>
public sealed class ProposalGatePageTests : ProposalPageTestBase
{
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = null!;

    private IRenderedComponent<ProposalDetail> Open(Guid id, string userName, params string[] roles)
    {
        SignIn(userName, roles);
        _dialogs = Render<MudBlazor.MudDialogProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<ProposalDetail>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForAssertion(() => page.Find("[data-testid=proposal-state]"));
        return page;
    }

    private static string State(IRenderedComponent<ProposalDetail> page) => page.Find("[data-testid=proposal-state]").TextContent.Trim();

    [Fact]
    public async Task Approve_HighRisk_DialogShowsTheDiffAndRiskAndConfirmsOnlyWithAMitigation()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        var page = Open(proposal.Id, "approver", Roles.Approver);

        page.Find("[data-testid=action-Approve]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=production-step-dialog]"));
        Assert.Equal("0.08", _dialogs.Find("[data-testid=dialog-before]").TextContent);
        Assert.Equal("0.0825", _dialogs.Find("[data-testid=dialog-after]").TextContent);
        Assert.Contains("high risk now", _dialogs.Find("[data-testid=dialog-risk]").TextContent);
        Assert.True(_dialogs.Find("[data-testid=dialog-confirm]").HasAttribute("disabled"));
        _dialogs.Find("[data-testid=dialog-mitigation] textarea, textarea[data-testid=dialog-mitigation]").Input("watch billing-api 5xx; roll back on a rise");
        _dialogs.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Approved, ready for production", State(page)));
        Assert.Equal("watch billing-api 5xx; roll back on a rise", (await World.StoredAsync(proposal.Id)).Approval!.Mitigation);
        Assert.Contains("watch billing-api 5xx; roll back on a rise", page.Find("[data-testid=approval-mitigation]").TextContent);
    }

    [Fact]
    public async Task Approve_DialogCancelled_LeavesTheProposalWaiting()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        var page = Open(proposal.Id, "approver", Roles.Approver);

        page.Find("[data-testid=action-Approve]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=production-step-dialog]"));
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=production-step-dialog]")));
        Assert.Equal("Waiting for approval", State(page));
        Assert.Equal(ProposalState.StagingVerified, (await World.StoredAsync(proposal.Id)).State);
    }

    [Fact]
    public async Task ApplyToProduction_DialogShowsTheDiffWithoutAMitigationField_AndApplies()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await World.Service.ApproveAsync(proposal.Id, ProposalTestWorld.Approver, "roll back on any billing-api error", CancellationToken.None);
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-ApplyToProduction]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=production-step-dialog]"));
        Assert.Equal("0.0825", _dialogs.Find("[data-testid=dialog-after]").TextContent);
        Assert.Empty(_dialogs.FindAll("[data-testid=dialog-mitigation]"));
        _dialogs.Find("[data-testid=dialog-confirm]").Click();
        page.WaitForAssertion(() => Assert.Equal("Applied to production", State(page)));
    }

    [Fact]
    public async Task StagingCountdown_HighRiskJustWritten_CountsDownAndThenOffersVerify()
    {
        var proposal = await World.ProposeAsync();
        var applied = await World.Service.ApplyToStagingAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        var clock = new FakeTimeProvider(applied.StagingApply!.At.AddSeconds(10));
        Services.AddSingleton<TimeProvider>(clock);
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        Assert.Contains("Staging evidence in 20 s", page.Find("[data-testid=staging-countdown]").TextContent);
        Assert.True(page.Find("[data-testid=action-VerifyStaging]").HasAttribute("disabled"));
        clock.Advance(TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Contains("Staging evidence in 15 s", page.Find("[data-testid=staging-countdown]").TextContent));
        clock.Advance(TimeSpan.FromSeconds(15));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=staging-countdown]")));
        Assert.False(page.Find("[data-testid=action-VerifyStaging]").HasAttribute("disabled"));
    }
}
