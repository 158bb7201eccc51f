using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public sealed class ProposalActionTableTests
{
    [Fact]
    public void All_CoversEveryAction()
    {
        Assert.Equal(Enum.GetValues<ProposalAction>().Order(), ProposalActionTable.All.Select(rule => rule.Action));
    }

    [Fact]
    public void CallerRoles_IncludeEveryRoleThatMayTakeTheStep()
    {
        foreach (var rule in ProposalActionTable.All)
            Assert.All(rule.Roles, role => Assert.Contains(role, rule.CallerRoles));
    }

    [Fact]
    public void AvailableActionsFor_TheAuthorWhoIsAnApprover_SeesApproveRefusedWithTheReason()
    {
        var authorApprover = new ProposalActor("amy", "Amy", [Roles.Engineer, Roles.Approver]);
        var proposal = new ProposalBuilder().By(authorApprover).BuildIn(ProposalState.StagingVerified);

        var approve = Assert.Single(proposal.AvailableActionsFor(authorApprover), a => a.Action == ProposalAction.Approve);

        Assert.False(approve.Allowed);
        Assert.Contains("wrote this proposal", approve.WhyNot);
    }

    [Fact]
    public void AvailableActionsFor_AnotherApprover_MayApproveAndReject()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        var allowed = proposal.AvailableActionsFor(People.Approver).Where(a => a.Allowed).Select(a => a.Action);

        Assert.Equal([ProposalAction.Approve, ProposalAction.Reject], allowed.Order());
    }

    [Fact]
    public void AvailableActionsFor_AViewer_MayTakeNoStepAndIsToldWhichRoleIsNeeded()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Draft);

        var actions = proposal.AvailableActionsFor(People.Viewer);

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.False(a.Allowed));
        Assert.Contains(actions, a => a.Action == ProposalAction.ApplyToStaging && a.WhyNot!.Contains("needs the Engineer or Admin role"));
    }

    [Fact]
    public void AvailableActionsFor_AnEngineerWhoIsNotTheAuthor_MayNotEditOrRebaseButMayApply()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Draft);

        var actions = proposal.AvailableActionsFor(People.Engineer).ToDictionary(a => a.Action);

        Assert.Contains("Only the author, Alice, can edit", actions[ProposalAction.Edit].WhyNot);
        Assert.True(actions[ProposalAction.ApplyToStaging].Allowed);
        Assert.Contains("Only the author (Alice) or an Admin", actions[ProposalAction.Abandon].WhyNot);
    }

    [Fact]
    public void AvailableActionsFor_OnCallAfterProduction_MayVerifyOrRollBack()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToProduction);

        var allowed = proposal.AvailableActionsFor(People.OnCall).Where(a => a.Allowed).Select(a => a.Action).Order();

        Assert.Equal([ProposalAction.MarkVerified, ProposalAction.RollBack], allowed);
    }

    [Fact]
    public void RefusalFor_MatchesWhatTheStepItselfRefuses()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);
        var whyNot = ProposalActionTable.For(ProposalAction.Approve).RefusalFor(People.Author, proposal);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(People.Author, ProposalBuilder.At(3)));

        Assert.Equal(whyNot, error.Message);
    }
}
