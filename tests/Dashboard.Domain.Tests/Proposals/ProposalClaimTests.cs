using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalClaimTests
{
    private static readonly ObservedSetting Written = new("0.0825", null, ProductionApplyETag);

    [Fact]
    public void ClaimWrite_ProductionApply_RecordsTheExpectedETagAndTheActorAndBlocksEveryOtherStep()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        var claim = proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(4));

        Assert.Equal("prod-etag-1", claim.Expected.ETag);
        Assert.Equal(People.Engineer.UserId, claim.ActorId);
        Assert.Equal(ProposalAction.ClaimWrite, proposal.Events[^1].Action);
        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Empty(proposal.AvailableActions());
        var before = ProposalSnapshot.Of(proposal);
        var reject = Assert.Throws<DomainException>(() => proposal.Reject(People.Approver, "too risky", At(5)));
        Assert.Contains("Bob is writing this proposal's change to production", reject.Message);
        Assert.Throws<DomainException>(() => proposal.Edit(People.Author, ProposedValue.Set("0.09"), Radius(), At(5)));
        Assert.Throws<DomainException>(() => proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(5)));
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void ClaimWrite_ProductionMovedSinceTheProposal_IsRefusedAndNothingIsClaimed()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        Assert.Throws<DomainException>(() => proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, new ObservedSetting("0.07", null, "someone-else"), At(4)));

        Assert.Null(proposal.Claim);
        Assert.Null(proposal.ClaimedAt);
    }

    [Fact]
    public void CompleteClaim_AfterTheWrite_AppliesToProductionAndClearsTheClaim()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);
        proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(4));

        proposal.CompleteClaim(People.Engineer, ProductionApplyETag, At(4));

        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
        Assert.Null(proposal.Claim);
        Assert.Equal(ProductionApplyETag, proposal.ProductionApply!.NewETag);
        Assert.Equal("prod-etag-1", proposal.LastKnownGood!.ETag);
    }

    [Fact]
    public void ResolveClaim_TheStoreHoldsTheWrite_CompletesInTheClaimantsNameWithAnEntrySayingItWasInterrupted()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);
        proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(4));

        proposal.ResolveClaim(People.Admin, Written, At(10));

        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
        Assert.Null(proposal.Claim);
        var apply = proposal.Events[^2];
        Assert.Equal((ProposalAction.ApplyToProduction, "Bob"), (apply.Action, apply.ActorName));
        var note = proposal.Events[^1];
        Assert.Equal(ProposalAction.ResolveClaim, note.Action);
        Assert.StartsWith("Completed after an interruption: Bob started to apply to production", note.Description);
        Assert.Contains("recorded by Dave", note.Description);
        Assert.Equal(["proposal.apply-to-production", "proposal.resolve-claim"], proposal.PendingAuditRecords.TakeLast(2).Select(r => r.Action));
    }

    [Fact]
    public void ResolveClaim_TheStoreStillHoldsTheOldValue_ReleasesAndSaysNothingWasWritten()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);
        proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(4));

        proposal.ResolveClaim(People.Admin, proposal.ProductionBase, At(10));

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Null(proposal.Claim);
        Assert.Contains("nothing was written", proposal.Events[^1].Description);
        Assert.Contains(ProposalAction.ApplyToProduction, proposal.AvailableActions());
    }

    [Fact]
    public void ResolveClaim_SameValueButTheOldETag_IsNotTakenForTheWrite()
    {
        var proposal = new ProposalBuilder().Proposing(ProposedValue.Set("0.0825")).BuildIn(ProposalState.AppliedToStaging);
        proposal.VerifyStaging(People.Engineer, Checklist(), At(2));
        proposal.Approve(People.Approver, At(3), "watch billing-api 5xx for 10 min; roll back on any rise");
        proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(4));

        proposal.ResolveClaim(People.Admin, new ObservedSetting("0.0825", null, "prod-etag-1"), At(10));

        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void ResolveClaim_OfARollback_TheLastKnownGoodIsBack_CompletesTheRollback()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);
        proposal.ClaimWrite(People.OnCall, ProposalAction.RollBack, Written, At(5));

        proposal.ResolveClaim(People.Admin, new ObservedSetting("0.08", null, "prod-etag-3"), At(10));

        Assert.Equal(ProposalState.RolledBack, proposal.State);
        Assert.Equal("prod-etag-3", proposal.RollbackETag);
    }

    [Fact]
    public void CompleteClaim_BySomeoneElse_IsRefusedAndTheClaimStands()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);
        proposal.ClaimWrite(People.Engineer, ProposalAction.ApplyToProduction, proposal.ProductionBase, At(4));

        Assert.Throws<DomainException>(() => proposal.CompleteClaim(People.Admin, ProductionApplyETag, At(4)));

        Assert.NotNull(proposal.Claim);
    }
}
