using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

/// <summary>Every action in every state: the methods accept exactly what <see cref="ProposalTransitions"/> lists.</summary>
public class ProposalTransitionTableTests
{
    public static TheoryData<ProposalState, ProposalAction> EveryStateAndAction()
    {
        var data = new TheoryData<ProposalState, ProposalAction>();
        foreach (var state in Enum.GetValues<ProposalState>())
            foreach (var action in Enum.GetValues<ProposalAction>().Where(a => a is not (ProposalAction.Propose or ProposalAction.ClaimWrite or ProposalAction.ResolveClaim)))
                data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void Action_InEachState_IsAcceptedExactlyWhenTheTableAllowsIt(ProposalState state, ProposalAction action)
    {
        var proposal = new ProposalBuilder().BuildIn(state);
        MeetConditionsOf(proposal, action);
        var before = ProposalSnapshot.Of(proposal);

        var error = Record.Exception(() => Invoke(proposal, action));

        if (ProposalTransitions.IsAllowed(state, action))
        {
            Assert.Null(error);
            Assert.Equal(action, proposal.Events[^1].Action);
        }
        else
        {
            Assert.IsType<DomainException>(error);
            Assert.Equal(before, ProposalSnapshot.Of(proposal));
        }
    }

    [Theory]
    [InlineData(ProposalState.RolledBack)]
    [InlineData(ProposalState.Rejected)]
    [InlineData(ProposalState.Abandoned)]
    public void AllowedIn_ClosedState_AllowsNothing(ProposalState state)
    {
        Assert.Empty(ProposalTransitions.AllowedIn(state));
        Assert.False(ProposalTransitions.IsOpen(state));
    }

    [Fact]
    public void AllowedIn_Verified_AllowsOnlyRollBack()
    {
        Assert.Equal([ProposalAction.RollBack], ProposalTransitions.AllowedIn(ProposalState.Verified));
    }

    [Fact]
    public void AllowedIn_BeforeApproval_NeverAllowsProductionApply()
    {
        var beforeApproval = new[] { ProposalState.Draft, ProposalState.AppliedToStaging, ProposalState.StagingVerified };

        Assert.All(beforeApproval, state => Assert.False(ProposalTransitions.IsAllowed(state, ProposalAction.ApplyToProduction)));
    }

    [Fact]
    public void AvailableActions_Draft_OffersRebaseOnlyAfterAConflictAndThenHidesStagingApply()
    {
        var proposal = new ProposalBuilder().Build();
        Assert.Contains(ProposalAction.ApplyToStaging, proposal.AvailableActions());
        Assert.DoesNotContain(ProposalAction.Rebase, proposal.AvailableActions());

        proposal.RecordStagingConflict(People.Engineer, new ObservedSetting("0.07", null, "staging-etag-9"), At(1));

        Assert.Contains(ProposalAction.Rebase, proposal.AvailableActions());
        Assert.DoesNotContain(ProposalAction.ApplyToStaging, proposal.AvailableActions());
    }

    [Fact]
    public void AvailableActions_AppliedToStaging_OffersOverrideOnlyAfterAFailedVerification()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);
        Assert.DoesNotContain(ProposalAction.OverrideFailedVerification, proposal.AvailableActions());

        proposal.FailStagingVerification(People.Engineer, ["errors rose"], At(2));

        Assert.Contains(ProposalAction.OverrideFailedVerification, proposal.AvailableActions());
    }

    [Theory]
    [MemberData(nameof(States))]
    public void AvailableActions_AnyState_IsASubsetOfTheTable(ProposalState state)
    {
        var proposal = new ProposalBuilder().BuildIn(state);

        Assert.All(proposal.AvailableActions(), action => Assert.True(ProposalTransitions.IsAllowed(state, action)));
    }

    public static TheoryData<ProposalState> States() => new(Enum.GetValues<ProposalState>());

    /// <summary>Sets up what an action needs besides its state, where that state can have it.</summary>
    private static void MeetConditionsOf(Proposal proposal, ProposalAction action)
    {
        if (action == ProposalAction.Rebase && proposal.State == ProposalState.Draft)
            proposal.RecordStagingConflict(People.Engineer, new ObservedSetting("0.07", null, "staging-etag-9"), At(10));
        if (action is ProposalAction.OverrideFailedVerification or ProposalAction.ConfirmVerificationOverride or ProposalAction.DeclineVerificationOverride
            && proposal.State == ProposalState.AppliedToStaging)
            proposal.FailStagingVerification(People.Engineer, ["errors rose"], At(10));
        if (action is ProposalAction.ConfirmVerificationOverride or ProposalAction.DeclineVerificationOverride && proposal.State == ProposalState.AppliedToStaging)
            proposal.OverrideFailedVerification(People.Engineer, "known flaky check", People.Approver, At(11));
    }

    /// <summary>Calls the action's method with arguments that pass every check but the state's.</summary>
    private static void Invoke(Proposal proposal, ProposalAction action)
    {
        var at = At(20);
        switch (action)
        {
            case ProposalAction.Edit: proposal.Edit(People.Author, ProposedValue.Set("0.09"), Radius(), at); break;
            case ProposalAction.ApplyToStaging: proposal.ApplyToStaging(People.Engineer, StagingApplyETag, at); break;
            case ProposalAction.RecordStagingConflict:
                proposal.RecordStagingConflict(People.Engineer, new ObservedSetting("0.07", null, "staging-etag-9"), at); break;
            case ProposalAction.Rebase: proposal.Rebase(People.Author, at); break;
            case ProposalAction.VerifyStaging: proposal.VerifyStaging(People.Engineer, Checklist(), at); break;
            case ProposalAction.FailStagingVerification: proposal.FailStagingVerification(People.Engineer, ["errors rose"], at); break;
            case ProposalAction.OverrideFailedVerification:
                proposal.OverrideFailedVerification(People.Engineer, "known flaky check", People.Approver, at); break;
            case ProposalAction.ConfirmVerificationOverride: proposal.ConfirmVerificationOverride(People.Approver, at); break;
            case ProposalAction.DeclineVerificationOverride: proposal.DeclineVerificationOverride(People.Approver, at); break;
            case ProposalAction.Approve: proposal.Approve(People.Approver, at, ProposalBuilder.Mitigation); break;
            case ProposalAction.Reject: proposal.Reject(People.Approver, "not now", at); break;
            case ProposalAction.ApplyToProduction: proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, ProductionApplyETag, at); break;
            case ProposalAction.MarkVerified: proposal.MarkVerified(People.OnCall, at); break;
            case ProposalAction.RollBack: proposal.RollBack(People.OnCall, proposal.ProductionApply?.NewETag ?? ProductionApplyETag, at); break;
            case ProposalAction.Abandon: proposal.Abandon(People.Author, "superseded", at); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, "no method for this action");
        }
    }
}
