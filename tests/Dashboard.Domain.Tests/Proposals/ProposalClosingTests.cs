using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalClosingTests
{
    public static TheoryData<ProposalState> OpenStates() => new(ProposalTransitions.OpenStates.Order());

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void Abandon_FromEachOpenState_ClosesWithTheReason(ProposalState state)
    {
        var proposal = new ProposalBuilder().BuildIn(state);

        proposal.Abandon(People.Author, "superseded by a larger change", At(10));

        Assert.Equal(ProposalState.Abandoned, proposal.State);
        Assert.Equal("superseded by a larger change", proposal.ClosingReason);
        Assert.Equal(state, proposal.Events[^1].From);
        Assert.Empty(proposal.AvailableActions());
    }

    [Fact]
    public void Abandon_ByAdminWhoIsNotTheAuthor_IsAccepted()
    {
        var proposal = new ProposalBuilder().Build();

        proposal.Abandon(People.Admin, "author left the team", At(1));

        Assert.Equal(ProposalState.Abandoned, proposal.State);
    }

    [Fact]
    public void Abandon_ByAnotherEngineer_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.Abandon(People.Engineer, "mine now", At(1)));

        Assert.Contains("Only the author (Alice) or an Admin", error.Message);
        Assert.Equal(ProposalState.Draft, proposal.State);
    }

    [Fact]
    public void Abandon_WithoutReason_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.Abandon(People.Author, "", At(1)));

        Assert.Contains("reason for abandoning is empty", error.Message);
    }

    [Fact]
    public void Abandon_AfterStagingApply_NotesThatStagingStillHoldsTheValue()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        proposal.Abandon(People.Author, "wrong key", At(2));

        Assert.Contains("Staging still holds the proposed value", proposal.Events[^1].Description);
    }

    [Theory]
    [InlineData(ProposalState.AppliedToProduction)]
    [InlineData(ProposalState.Verified)]
    public void Abandon_AfterProductionApply_IsRefusedPointingAtRollback(ProposalState state)
    {
        var proposal = new ProposalBuilder().BuildIn(state);

        var error = Assert.Throws<DomainException>(() => proposal.Abandon(People.Author, "changed my mind", At(10)));

        Assert.Contains("roll", error.Message);
        Assert.Equal(state, proposal.State);
    }

    [Theory]
    [InlineData(ProposalState.RolledBack)]
    [InlineData(ProposalState.Rejected)]
    [InlineData(ProposalState.Abandoned)]
    public void Edit_ClosedProposal_IsRefusedSayingItIsClosed(ProposalState state)
    {
        var proposal = new ProposalBuilder().BuildIn(state);

        var error = Assert.Throws<DomainException>(() => proposal.Edit(People.Author, ProposedValue.Set("0.09"), Radius(), At(10)));

        Assert.Contains("it is closed; propose a new change instead", error.Message);
    }
}
