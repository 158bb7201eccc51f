using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

/// <summary>The gate's owner-team rule: an approver from each team owning a service that reads or reloads on the key.</summary>
public class ProposalTeamApprovalTests
{
    private const string TaxRadius =
        """{"affected":[{"service":"billing-api","withinSeconds":30},{"service":"invoice-renderer"}],"downstream":[{"service":"frontend"}]}""";

    private static readonly Dictionary<string, string> Owners = new(StringComparer.OrdinalIgnoreCase)
    {
        ["billing-api"] = "payments",
        ["invoice-renderer"] = "documents",
        ["frontend"] = "web-experience",
    };

    private static readonly ProposalActor Paula = new("paula", "Paula", [Roles.Approver], ["payments"]);
    private static readonly ProposalActor Dina = new("dina", "Dina", [Roles.Approver], ["documents"]);
    private static readonly ProposalActor Ada = new("ada", "Ada", [Roles.Approver], ["Payments", "documents"]);
    private static readonly ProposalActor Walter = new("walter", "Walter", [Roles.Approver], ["web-experience"]);

    private static readonly GateRules TwoApprovalsAndTeams =
        GateRules.Default with { High = new GateRule(stagingEvidence: false, mitigation: false, approvals: 2, ownerTeams: true) };

    private static Proposal Verified(GateRules? rules = null, ProposalActor? author = null)
    {
        var builder = new ProposalBuilder().WithRadius(Radius(TaxRadius, "High")).OwnedBy(Owners).WithRules(rules ?? TwoApprovalsAndTeams with
        {
            High = new GateRule(stagingEvidence: false, mitigation: false, approvals: 1, ownerTeams: true),
        });
        if (author is not null) builder.By(author);
        var proposal = builder.Build();
        proposal.ApplyToStaging(People.Engineer, StagingApplyETag, At(1));
        proposal.VerifyStaging(People.Engineer, Checklist(), At(2));
        return proposal;
    }

    [Fact]
    public void OwningTeams_OfTheStoredRadius_AreTheReadersOwnersWithoutCallers()
    {
        var proposal = Verified();

        Assert.Equal(["payments", "documents"], proposal.OwningTeams.Select(t => t.Team));
        Assert.Equal(["billing-api"], proposal.OwningTeams[0].Services);
        Assert.Equal(["payments", "documents"], proposal.TeamApprovals.Missing.Select(t => t.Team));
    }

    [Fact]
    public void Approve_ByAMemberOfOneOfTwoTeams_KeepsWaitingForTheOtherTeam()
    {
        var proposal = Verified();

        proposal.Approve(Paula, At(3));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Equal(0, proposal.ApprovalsMissing);
        var satisfied = Assert.Single(proposal.TeamApprovals.Satisfied);
        Assert.Equal(("payments", "Paula"), (satisfied.Team, Assert.Single(satisfied.ApproverNames)));
        Assert.Equal("documents", Assert.Single(proposal.TeamApprovals.Missing).Team);
        Assert.Contains("For payments. Waiting for an approver from documents.", proposal.Events[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_ByAMemberOfEveryOwningTeam_CoversThemAllAtOnce()
    {
        var proposal = Verified();

        proposal.Approve(Ada, At(3));

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.True(proposal.TeamApprovals.IsComplete);
        Assert.Equal(["Payments", "documents"], proposal.Approvals[0].ApproverTeams);
    }

    [Fact]
    public void Approve_ByAnApproverFromNoMissingTeam_IsRefusedNamingTheMissingTeams()
    {
        var proposal = Verified();
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(Walter, At(3)));

        Assert.StartsWith("Walter is in web-experience, and this proposal waits for an approver from payments, documents", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void ApplyToProduction_WhileATeamIsMissing_IsRefusedNamingTheTeamAndWhoCouldApprove()
    {
        var proposal = Verified();
        proposal.Approve(Paula, At(3));

        var error = Assert.Throws<DomainException>(() => proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, ProductionApplyETag, At(4)));
        var named = Assert.Throws<DomainException>(() => proposal.RequireApprovals([Paula, Dina, Ada, Walter, People.Author]));

        Assert.Equal("Production apply needs an approver from documents, which owns invoice-renderer: ask an Approver from documents (not Alice, the author) to approve it.", error.Message);
        Assert.Equal("Production apply needs an approver from documents, which owns invoice-renderer: Dina or Ada can approve for documents.", named.Message);
        Assert.Equal(ProposalState.StagingVerified, proposal.State);
    }

    [Fact]
    public void RequireApprovals_WhenOnlyTheAuthorIsInTheMissingTeam_SaysNobodyCanApproveForIt()
    {
        var author = new ProposalActor("alice", "Alice", [Roles.Engineer, Roles.Approver], ["documents"]);
        var proposal = Verified(author: author);
        proposal.Approve(Paula, At(3));

        var error = Assert.Throws<DomainException>(() => proposal.RequireApprovals([author, Paula]));

        Assert.EndsWith("nobody in the directory can approve for documents: give a member of documents the Approver role.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_WithTheCountAndTeamRules_NeedsBoth()
    {
        var proposal = Verified(TwoApprovalsAndTeams);

        proposal.Approve(Ada, At(3));
        var waiting = proposal.State;
        proposal.Approve(Walter, At(4));

        Assert.Equal(ProposalState.StagingVerified, waiting);
        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void Approve_WithoutTheTeamRule_NeedsNoTeam()
    {
        var proposal = Verified(GateRules.Default with { High = new GateRule(false, false, 1) });

        proposal.Approve(Walter, At(3));

        Assert.Same(TeamApprovals.None, proposal.TeamApprovals);
        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void CouldBeApprovedBy_ListsOnlyPeopleWhoCanStillMoveIt()
    {
        var proposal = Verified(TwoApprovalsAndTeams);
        proposal.Approve(Paula, At(3));

        Assert.False(proposal.CouldBeApprovedBy(Paula), "already approved");
        Assert.False(proposal.CouldBeApprovedBy(Walter), "not in the missing team");
        Assert.False(proposal.CouldBeApprovedBy(People.Author), "the author");
        Assert.True(proposal.CouldBeApprovedBy(Dina));

        proposal.Approve(Dina, At(4));
        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.False(proposal.CouldBeApprovedBy(Walter), "nothing left to approve");
    }

    [Fact]
    public void CouldBeApprovedBy_WithOnlyTheCountOutstanding_ListsAnyOtherApprover()
    {
        var proposal = Verified(TwoApprovalsAndTeams);

        proposal.Approve(Ada, At(3));

        Assert.True(proposal.CouldBeApprovedBy(Walter));
        Assert.False(proposal.CouldBeApprovedBy(Ada));
    }

    [Fact]
    public void Edit_ToARadiusWithFewerReaders_KeepsOnlyTheirTeams()
    {
        var proposal = Verified();

        proposal.Edit(People.Author, ProposedValue.Set("0.083"), Radius("""{"affected":[{"service":"billing-api"}]}""", "High"), At(3));

        Assert.Equal("payments", Assert.Single(proposal.OwningTeams).Team);
    }

    [Fact]
    public void AvailableActionsFor_AnApproverOutsideTheMissingTeams_SaysWhyApproveIsRefused()
    {
        var proposal = Verified();

        var approve = proposal.AvailableActionsFor(Walter).Single(a => a.Action == ProposalAction.Approve);

        Assert.Contains("waits for an approver from payments, documents", approve.WhyNot, StringComparison.Ordinal);
    }
}
