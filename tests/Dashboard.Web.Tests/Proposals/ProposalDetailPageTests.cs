using Dashboard.Application.Live;
using Dashboard.Domain.Access;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Proposals;

public sealed class ProposalDetailPageTests : ProposalPageTestBase
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

        Assert.Equal("Waiting for approval", page.Find("[data-testid=proposal-state]").TextContent.Trim());
        Assert.Empty(ActionButtons(page));
    }

    [Fact]
    public async Task Approve_TheAuthorWhoIsAnApprover_GetsNoButtonButTheReason()
    {
        var author = new ProposalActor("erin", "Erin Engineer", [Roles.Engineer, Roles.Approver]);
        var proposal = await World.StagingVerifiedAsync(author);

        var page = Open(proposal.Id, "erin", Roles.Engineer, Roles.Approver);

        Assert.DoesNotContain("action-Approve", ActionButtons(page));
        Assert.Contains("You wrote this proposal", page.Find("[data-testid=approval-note]").TextContent);
        Assert.Equal(ProposalState.StagingVerified, (await World.StoredAsync(proposal.Id)).State);
    }

    [Fact]
    public async Task Approver_IsToldWhenTheRadiusGrewSinceSubmission()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        World.RiskNow = Domain.BlastRadius.RiskLevel.Critical;
        World.AlsoAffectedNow.Add("invoice-renderer");

        var page = Open(proposal.Id, "approver", Roles.Approver);

        Assert.Equal("The blast radius grew since it was submitted: risk high → critical; now also affects invoice-renderer.",
            page.Find("[data-testid=radius-change]").TextContent.Trim());
    }

    [Fact]
    public async Task Approver_SeesWhenTheRadiusIsUnchanged()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = Open(proposal.Id, "approver", Roles.Approver);

        Assert.Contains("same as when it was submitted (high risk)", page.Find("[data-testid=radius-change]").TextContent);
    }

    [Fact]
    public async Task Approver_AfterStagingIsVerified_SeesNotValidatedInStagingResolvedWithWhoAndWhen()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        var verified = proposal.Events.Last(e => e.To == ProposalState.StagingVerified);

        var page = Open(proposal.Id, "approver", Roles.Approver);

        var resolved = page.Find("[data-testid=resolved-risk]").TextContent;
        Assert.Contains("not-validated-in-staging", resolved);
        Assert.Contains("Erin Engineer verified the change in staging", resolved);
        Assert.Equal(verified.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            page.Find("[data-testid=resolved-risk] time").GetAttribute("datetime"));
        Assert.DoesNotContain(page.FindAll("[data-testid=radius-risk]"), r => r.TextContent.Contains("not-validated-in-staging"));
    }

    [Fact]
    public async Task Engineer_BeforeStagingIsVerified_SeesNoResolvedRisks()
    {
        var proposal = await World.ProposeAsync();

        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        Assert.Empty(page.FindAll("[data-testid=resolved-risk]"));
        Assert.Contains(page.FindAll("[data-testid=radius-risk]"), r => r.TextContent.Contains("not-validated-in-staging"));
    }

    [Theory]
    [InlineData(Domain.BlastRadius.RiskLevel.Critical, "mud-alert-text-error")]
    [InlineData(Domain.BlastRadius.RiskLevel.High, "mud-alert-text-warning")]
    [InlineData(Domain.BlastRadius.RiskLevel.Low, "mud-alert-text-success")]
    public async Task Approver_RadiusUnchanged_BannerColourFollowsTheRiskNeverGreenOverCritical(Domain.BlastRadius.RiskLevel risk, string expectedClass)
    {
        World.RiskNow = risk;
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = Open(proposal.Id, "approver", Roles.Approver);

        var banner = page.Find("[data-testid=radius-change]");
        Assert.Contains("same as when it was submitted", banner.TextContent);
        Assert.Contains(expectedClass, banner.ClassName);
    }

    [Fact]
    public async Task Approve_ByAnotherApprover_IsOffered()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);

        var page = Open(proposal.Id, "approver", Roles.Approver);

        Assert.Contains("action-Approve", ActionButtons(page));
        Assert.Empty(page.FindAll("[data-testid=approval-note]"));
    }

    [Fact]
    public async Task ApplyToStaging_AsEngineer_MovesTheProposalAndListsTheHistory()
    {
        var proposal = await World.ProposeAsync();
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-ApplyToStaging]").Click();

        page.WaitForAssertion(() => Assert.Equal("Applied to staging", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        var history = page.FindAll("[data-testid=history-row]").Select(r => r.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.Contains("Propose", history[0]);
        Assert.Contains("ClaimWrite", history[1]);
        Assert.Contains("ApplyToStaging", history[2]);
        Assert.Contains("Draft, not applied yet → Applied to staging", history[2]);
        // The step is recorded under the signed-in user, the page's actor, not the proposal's author.
        Assert.Equal("engineer", page.FindAll("[data-testid=history-row]")[2].Children[1].TextContent);
        Assert.Contains("action-VerifyStaging", ActionButtons(page));
        Assert.Empty(page.FindAll("[data-testid=proposal-refusal]"));
        Assert.Equal(ProposalState.AppliedToStaging, (await World.StoredAsync(proposal.Id)).State);
    }

    [Fact]
    public async Task VerifyStaging_ChecklistDialog_VerifiesOnlyOnceEveryCheckIsTicked()
    {
        var proposal = await World.ProposeAsync();
        await World.Service.ApplyToStagingAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-VerifyStaging]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=checklist-dialog]"));
        var checks = _dialogs.FindAll("[data-testid=checklist-item] input, input[data-testid=checklist-item]");
        Assert.Contains("The affected services stayed healthy in staging", _dialogs.Find("[data-testid=checklist-dialog]").TextContent);
        checks[0].Change(true);
        Assert.True(_dialogs.Find("[data-testid=confirm-checklist]").HasAttribute("disabled"));
        foreach (var check in _dialogs.FindAll("[data-testid=checklist-item] input, input[data-testid=checklist-item]").Skip(1)) check.Change(true);
        _dialogs.Find("[data-testid=confirm-checklist]").Click();

        page.WaitForAssertion(() => Assert.Equal("Waiting for approval", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        Assert.Equal(ProposalState.StagingVerified, (await World.StoredAsync(proposal.Id)).State);
    }

    [Theory]
    [InlineData("approver", null)]
    [InlineData("ghost", "There is no account 'ghost'")]
    public async Task Override_FailedVerification_NeedsAReasonAndARealSecondPersonAndWaitsForThem(string secondPerson, string? refusal)
    {
        var proposal = await FailedOnStagingAsync();
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-OverrideFailedVerification]").Click();
        Answer("the errors came from a load test running at the same time");
        Answer(secondPerson);

        if (refusal is null)
        {
            page.WaitForAssertion(() => Assert.Contains("(approver) to sign in and confirm it", page.Find("[data-testid=pending-override]").TextContent));
            Assert.Empty(page.FindAll("[data-testid=proposal-refusal]"));
            Assert.DoesNotContain("action-ConfirmVerificationOverride", ActionButtons(page));
        }
        else
        {
            page.WaitForAssertion(() => Assert.Contains(refusal, page.Find("[data-testid=proposal-refusal]").TextContent));
            Assert.Empty(page.FindAll("[data-testid=pending-override]"));
        }
        Assert.Equal("Applied to staging", page.Find("[data-testid=proposal-state]").TextContent.Trim());
    }

    [Fact]
    public async Task ConfirmOverride_TheNamedPerson_SeesTheReasonAndConfirmsToStagingVerified()
    {
        var proposal = await OverrideRequestedAsync();
        var page = Open(proposal.Id, "approver", Roles.Approver);

        Assert.Contains("Erin Engineer asks you to confirm overriding the failed staging verification", page.Find("[data-testid=pending-override]").TextContent);
        Assert.Contains("the errors came from a load test", page.Find("[data-testid=pending-override]").TextContent);
        Assert.Equal("Decline override", page.Find("[data-testid=action-DeclineVerificationOverride]").TextContent.Trim());
        page.Find("[data-testid=action-ConfirmVerificationOverride]").Click();

        page.WaitForAssertion(() => Assert.Equal("Waiting for approval", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        var stored = await World.StoredAsync(proposal.Id);
        Assert.Equal("approver", stored.Events[^1].ActorId);
        Assert.NotNull(stored.VerificationOverride!.ConfirmedAt);
    }

    [Fact]
    public async Task ConfirmOverride_TheRequester_GetsNoConfirmButtonButCanWithdraw()
    {
        var proposal = await OverrideRequestedAsync();
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        Assert.DoesNotContain("action-ConfirmVerificationOverride", ActionButtons(page));
        Assert.Contains("waiting for Avery Approver (approver)", page.Find("[data-testid=pending-override]").TextContent);
        var withdraw = page.Find("[data-testid=action-DeclineVerificationOverride]");
        Assert.Equal("Withdraw override request", withdraw.TextContent.Trim());
        withdraw.Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=pending-override]")));
        Assert.Contains("action-OverrideFailedVerification", ActionButtons(page));
        Assert.Null((await World.StoredAsync(proposal.Id)).VerificationOverride);
    }

    [Fact]
    public async Task ConfirmOverride_AThirdPerson_SeesWhoItWaitsForAndNoButtons()
    {
        var proposal = await OverrideRequestedAsync();
        var page = Open(proposal.Id, "admin", Roles.Admin);

        Assert.Contains("waiting for Avery Approver (approver)", page.Find("[data-testid=pending-override]").TextContent);
        Assert.DoesNotContain("action-ConfirmVerificationOverride", ActionButtons(page));
        Assert.DoesNotContain("action-DeclineVerificationOverride", ActionButtons(page));
    }

    private async Task<Proposal> FailedOnStagingAsync()
    {
        var proposal = await World.ProposeAsync();
        await World.Service.ApplyToStagingAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        return await World.Service.FailStagingVerificationAsync(proposal.Id, ProposalTestWorld.Engineer, ["error rate rose on billing-api"], CancellationToken.None);
    }

    private async Task<Proposal> OverrideRequestedAsync()
    {
        var proposal = await FailedOnStagingAsync();
        return await World.Service.OverrideFailedVerificationAsync(proposal.Id, ProposalTestWorld.Engineer,
            "the errors came from a load test running at the same time", ProposalTestWorld.Approver, CancellationToken.None);
    }

    [Fact]
    public async Task Edit_ByTheAuthorAfterApproval_GoesBackToDraftAndVoidsTheApproval()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await World.Service.ApproveAsync(proposal.Id, ProposalTestWorld.Approver, "roll back on any billing-api error", CancellationToken.None);
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-Edit]").Click();
        Answer("0.0830");

        page.WaitForAssertion(() => Assert.Equal("Draft, not applied yet", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        var stored = await World.StoredAsync(proposal.Id);
        Assert.Equal("0.0830", stored.ProposedValue.Value);
        Assert.Null(stored.Approval);
    }

    [Fact]
    public async Task Edit_IsNotOfferedToSomeoneElse()
    {
        var proposal = await World.ProposeAsync();

        var page = Open(proposal.Id, "admin", Roles.Admin);

        Assert.DoesNotContain("action-Edit", ActionButtons(page));
        Assert.Contains("action-ApplyToStaging", ActionButtons(page));
    }

    private void Answer(string text)
    {
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=reason-dialog]"));
        _dialogs.Find("[data-testid=reason-text] textarea, textarea[data-testid=reason-text]").Input(text);
        _dialogs.Find("[data-testid=confirm-reason]").Click();
        _dialogs.WaitForAssertion(() => Assert.DoesNotContain(text, _dialogs.Markup));
    }

    [Fact]
    public async Task Reject_AsApproverWithAReason_ClosesTheProposalWithThatReason()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        var page = Open(proposal.Id, "approver", Roles.Approver);

        page.Find("[data-testid=action-Reject]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=reason-dialog]"));
        _dialogs.Find("[data-testid=reason-text] textarea, textarea[data-testid=reason-text]").Input("wait for the 2027 rules to be signed");
        _dialogs.Find("[data-testid=confirm-reason]").Click();

        page.WaitForAssertion(() => Assert.Equal("Rejected", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        Assert.Empty(ActionButtons(page));
        Assert.Equal("wait for the 2027 rules to be signed", (await World.StoredAsync(proposal.Id)).ClosingReason);
    }

    [Fact]
    public async Task ApplyToStaging_WhenStagingMoved_ShowsTheConflictWithTheCurrentValueAndOffersRebase()
    {
        var proposal = await World.ProposeAsync();
        await World.ConfigStores.Get(ProposalTestWorld.Store).SetSettingAsync(
            new ConfigSettingWrite(ProposalTestWorld.Key, "staging", "0.0899", null), ConfigWriteCondition.Always, CancellationToken.None);
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-ApplyToStaging]").Click();

        page.WaitForAssertion(() => Assert.Contains("Staging changed since the proposal read it", page.Find("[data-testid=proposal-refusal]").TextContent));
        Assert.Contains("0.0899", page.Find("[data-testid=staging-conflict]").TextContent);
        Assert.Contains("action-Rebase", ActionButtons(page));
        Assert.DoesNotContain("action-ApplyToStaging", ActionButtons(page));
        Assert.Equal(ProposalState.Draft, (await World.StoredAsync(proposal.Id)).State);
    }

    [Fact]
    public async Task RollBack_Confirmed_SaysWhichValueItRestoresAndWritesItBack()
    {
        var proposal = await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await World.Service.ApproveAsync(proposal.Id, ProposalTestWorld.Approver, "roll back on any billing-api error", CancellationToken.None);
        var applied = await World.Service.ApplyToProductionAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        var restored = applied.LastKnownGood!.Value!;
        var page = Open(proposal.Id, "engineer", Roles.Engineer);

        page.Find("[data-testid=action-RollBack]").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains($"last known good value {restored}", _dialogs.Markup));
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Roll back").Click();

        page.WaitForAssertion(() => Assert.Equal("Rolled back", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        var production = await World.ConfigStores.Get(ProposalTestWorld.Store).GetSettingAsync(ProposalTestWorld.Key, "production", cancellationToken: CancellationToken.None);
        Assert.Equal(restored, production.Setting!.Value);
    }

    [Fact]
    public async Task AnotherUsersStep_AppearsWithoutAReload()
    {
        var proposal = await World.ProposeAsync();
        var page = Open(proposal.Id, "viewer", Roles.Viewer);
        Assert.Equal("Draft, not applied yet", page.Find("[data-testid=proposal-state]").TextContent.Trim());

        await World.Service.ApplyToStagingAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        Feed.Publish(new FeedEvent(FeedTopic.Proposals, proposal.Id.ToString(), DateTimeOffset.UtcNow));

        page.WaitForAssertion(() => Assert.Equal("Applied to staging", page.Find("[data-testid=proposal-state]").TextContent.Trim()));
        Assert.Contains(page.FindAll("[data-testid=history-row]"), row => row.TextContent.Contains("ApplyToStaging"));
    }

    [Fact]
    public async Task AStepOnAnotherProposal_LeavesThisOneAsItIs()
    {
        var shown = await World.ProposeAsync();
        var other = await World.ProposeAsync("5", key: "Billing:Gateway:MaxRetries");
        var page = Open(shown.Id, "viewer", Roles.Viewer);
        var renders = page.RenderCount;

        await World.Service.ApplyToStagingAsync(other.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        Feed.Publish(new FeedEvent(FeedTopic.Proposals, other.Id.ToString(), DateTimeOffset.UtcNow));
        Feed.Publish(new FeedEvent(FeedTopic.Proposals, shown.Id.ToString(), DateTimeOffset.UtcNow));

        page.WaitForAssertion(() => Assert.True(page.RenderCount > renders));
        Assert.Equal("Draft, not applied yet", page.Find("[data-testid=proposal-state]").TextContent.Trim());
    }

    [Fact]
    public async Task Dispose_UnsubscribesFromTheLiveFeed()
    {
        var proposal = await World.ProposeAsync();
        var page = Open(proposal.Id, "viewer", Roles.Viewer);
        Assert.Equal(1, Feed.SubscriberCount);

        page.Instance.Dispose();

        Assert.Equal(0, Feed.SubscriberCount);
    }
}
