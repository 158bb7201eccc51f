using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalStagingRestoreTests
{
    private static readonly ObservedSetting StagingAsWritten = new("0.0825", null, StagingApplyETag);
    private static readonly ObservedSetting StagingChangedByHand = new("0.09", null, "staging-etag-7");

    [Fact]
    public void StagingToRestore_NeverAppliedToStaging_IsNull()
    {
        Assert.Null(new ProposalBuilder().Build().StagingToRestore);
    }

    [Fact]
    public void Abandon_StagingStillHoldsTheWrite_RecordsStagingRestoredToTheReplacedValue()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        proposal.Abandon(People.Author, "superseded", At(2), StagingAsWritten);

        Assert.Equal(ProposalState.Abandoned, proposal.State);
        Assert.Equal(new ObservedSetting("0.08", null, "staging-etag-1"), proposal.StagingToRestore);
        Assert.EndsWith("Staging restored to '0.08' (ETag 'staging-etag-1').", proposal.Events[^1].Description);
    }

    [Fact]
    public void Abandon_StagingChangedSince_IsRefusedNamingBothValues()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.Abandon(People.Author, "superseded", At(2), StagingChangedByHand));

        Assert.Contains("this proposal wrote '0.0825' (ETag 'staging-etag-2')", error.Message);
        Assert.Contains("staging now holds '0.09' (ETag 'staging-etag-7')", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void RollBack_StagingChangedSince_IsRefusedAndStaysInProduction()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);

        var error = Assert.Throws<DomainException>(() =>
            proposal.RollBack(People.OnCall, ProductionApplyETag, At(6), stagingNow: StagingChangedByHand));

        Assert.Contains("staging now holds '0.09'", error.Message);
        Assert.Equal(ProposalState.AppliedToProduction, proposal.State);
    }

    [Fact]
    public void RollBack_StagingStillHoldsTheWrite_RecordsBothRestores()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);

        proposal.RollBack(People.OnCall, ProductionApplyETag, At(6), stagingNow: StagingAsWritten);

        Assert.Equal(ProposalState.RolledBack, proposal.State);
        Assert.Contains("Staging restored to '0.08'", proposal.Events[^1].Description);
    }
}
