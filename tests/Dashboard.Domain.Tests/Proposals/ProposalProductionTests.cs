using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalProductionTests
{
    [Theory]
    [InlineData(ProposalState.Draft)]
    [InlineData(ProposalState.AppliedToStaging)]
    public void ApplyToProduction_WithoutVerifiedStaging_IsRefused(ProposalState state)
    {
        var proposal = new ProposalBuilder().BuildIn(state);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() =>
            proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, ProductionApplyETag, At(4)));

        Assert.Contains("production is reachable only through staging", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void ApplyToProduction_WithoutApproval_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() =>
            proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, ProductionApplyETag, At(4)));

        Assert.Equal("Production apply needs an approval: ask an Approver other than Alice to approve it after staging is verified.", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void ApplyToProduction_Approved_RecordsLastKnownGoodAndNewETag()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, ProductionApplyETag, At(4));

        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
        Assert.Equal(new ObservedSetting("0.08", null, "prod-etag-1"), proposal.LastKnownGood);
        Assert.Equal(ProductionApplyETag, proposal.ProductionApply!.NewETag);
        Assert.Equal("'0.08' (ETag 'prod-etag-1')", proposal.Events[^1].BeforeValue);
    }

    [Fact]
    public void ApplyToProduction_ProductionChangedSinceProposal_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        var error = Assert.Throws<DomainException>(() =>
            proposal.ApplyToProduction(People.Engineer, new ObservedSetting("0.09", null, "prod-etag-7"), ProductionApplyETag, At(4)));

        Assert.Contains("Production changed since the proposal was made", error.Message);
        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void ApplyToProduction_ByApproverWithoutEngineerRole_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        var error = Assert.Throws<DomainException>(() =>
            proposal.ApplyToProduction(People.Approver, proposal.ProductionBase, ProductionApplyETag, At(4)));

        Assert.Contains("needs the Engineer or Admin role", error.Message);
    }

    [Fact]
    public void ApplyToProduction_MissingNewETag_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        var error = Assert.Throws<DomainException>(() => proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, "", At(4)));

        Assert.Contains("needs the ETag the store returned", error.Message);
        Assert.Null(proposal.ProductionApply);
    }

    [Fact]
    public void ApplyToProduction_DeleteProposal_NeedsNoNewETag()
    {
        var proposal = new ProposalBuilder().Proposing(ProposedValue.Delete()).BuildIn(ProposalState.Approved);

        proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, null, At(4));

        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
        Assert.Null(proposal.ProductionApply!.NewETag);
    }

    [Fact]
    public void MarkVerified_ByViewer_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);

        var error = Assert.Throws<DomainException>(() => proposal.MarkVerified(People.Viewer, At(5)));

        Assert.Contains("needs the Engineer, OnCall or Admin role", error.Message);
        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
    }

    [Theory]
    [InlineData(ProposalState.AppliedToProduction)]
    [InlineData(ProposalState.Verified)]
    public void RollBack_NoChangeSinceApply_RestoresTheLastKnownGoodValue(ProposalState state)
    {
        var proposal = new ProposalBuilder().BuildIn(state);

        var restore = proposal.RollBack(People.OnCall, ProductionApplyETag, At(6));

        Assert.Equal(ProposalState.RolledBack, proposal.State);
        Assert.Equal(new ObservedSetting("0.08", null, "prod-etag-1"), restore);
        var rollback = proposal.Events[^1];
        Assert.Equal("'0.0825'", rollback.BeforeValue);
        Assert.Equal("'0.08' (ETag 'prod-etag-1')", rollback.AfterValue);
    }

    [Fact]
    public void RollBack_KeyChangedSinceApply_IsRefusedNamingWhoAndWhen()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Verified);
        var before = ProposalSnapshot.Of(proposal);
        var change = new SettingChange("mallory", new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));

        var error = Assert.Throws<DomainException>(() => proposal.RollBack(People.OnCall, "prod-etag-3", At(6), change));

        Assert.Contains("by mallory at 2026-11-20 09:30:00Z", error.Message);
        Assert.Contains("'prod-etag-3'", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void RollBack_KeyChangedByUnknownPerson_SaysItIsUnknown()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);

        var error = Assert.Throws<DomainException>(() => proposal.RollBack(People.OnCall, "prod-etag-3", At(6)));

        Assert.Contains("the store did not say who or when", error.Message);
    }

    [Fact]
    public void RollBack_ByViewer_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);

        Assert.Throws<DomainException>(() => proposal.RollBack(People.Viewer, ProductionApplyETag, At(6)));
        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
    }

    [Fact]
    public void RollBack_OfANewKey_RestoresAbsence()
    {
        var proposal = new ProposalBuilder().WithProductionBase(ObservedSetting.Absent).BuildIn(ProposalState.AppliedToProduction);

        var restore = proposal.RollBack(People.Engineer, ProductionApplyETag, At(6));

        Assert.False(restore.Exists);
    }
}
