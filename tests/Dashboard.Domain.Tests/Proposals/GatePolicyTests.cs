using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class GatePolicyTests
{
    private static readonly GateRule Plain = new(false, false, 1);
    private static readonly GateRules TwoApprovalsForCritical = GateRules.Default with { Critical = new GateRule(true, true, 2) };

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void GateRule_ApprovalsOutOfRange_IsRefusedSayingTheRange(int approvals)
    {
        var error = Assert.Throws<DomainException>(() => new GateRule(false, false, approvals));

        Assert.Contains("between 1 and 5 approvals", error.Message);
    }

    [Theory]
    [InlineData("low", false, false)]
    [InlineData("Medium", false, false)]
    [InlineData("high", true, true)]
    [InlineData("CRITICAL", true, true)]
    [InlineData("unknown", false, false)]
    public void Default_ByRiskLevel_AsksEvidenceMitigationAndOwnerTeamsForHighAndCriticalOnly(string risk, bool evidence, bool mitigation)
    {
        var rule = GateRules.Default.For(risk);

        Assert.Equal((evidence, mitigation, 1, evidence), (rule.StagingEvidence, rule.Mitigation, rule.Approvals, rule.OwnerTeams));
    }

    [Fact]
    public void DefaultFor_Staging_IsRefusedSayingOnlyProductionIsGated()
    {
        var error = Assert.Throws<DomainException>(() => GatePolicy.DefaultFor(ProposalEnvironment.Staging));

        Assert.StartsWith("Only production has a gate policy", error.Message);
    }

    [Fact]
    public void Change_ByAnAdmin_AppliesAndAuditsOldAndNewRules()
    {
        var policy = GatePolicy.DefaultFor(ProposalEnvironment.Production);

        policy.Change(TwoApprovalsForCritical, People.Admin, At(1));

        Assert.Equal(TwoApprovalsForCritical, policy.Rules);
        Assert.False(policy.IsDefault);
        Assert.Equal("Dave", policy.ChangedBy);
        var record = Assert.Single(policy.PendingAuditRecords);
        Assert.Equal("gate-policy.changed", record.Action);
        Assert.Equal("dave", record.Actor);
        Assert.EndsWith("critical: staging evidence, mitigation, 1 approval, an approver from each owning team", record.Before!.Value);
        Assert.EndsWith("critical: staging evidence, mitigation, 2 approvals", record.After!.Value);
    }

    [Fact]
    public void Change_ByANonAdmin_IsRefusedAndChangesNothing()
    {
        var policy = GatePolicy.DefaultFor(ProposalEnvironment.Production);

        var error = Assert.Throws<DomainException>(() => policy.Change(TwoApprovalsForCritical, People.Approver, At(1)));

        Assert.Contains("needs the Admin role", error.Message);
        Assert.Equal(GateRules.Default, policy.Rules);
        Assert.Empty(policy.PendingAuditRecords);
    }

    [Fact]
    public void Change_ToTheRulesInForce_IsRefused()
    {
        var policy = GatePolicy.DefaultFor(ProposalEnvironment.Production);

        var error = Assert.Throws<DomainException>(() => policy.Change(GateRules.Default, People.Admin, At(1)));

        Assert.Contains("change a rule before saving", error.Message);
        Assert.True(policy.IsDefault);
    }

    [Fact]
    public void Approve_PolicyAskingTwoApprovals_StaysVerifiedUntilASecondPersonApproves()
    {
        var proposal = Submitted(TwoApprovalsForCritical, "critical");

        proposal.Approve(People.Approver, At(3), Mitigation);

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Equal(1, proposal.ApprovalsMissing);
        Assert.Null(proposal.Approval);
        Assert.Contains("Approved (1 of 2)", proposal.Events[^1].Description);
        Assert.DoesNotContain(ProposalAction.ApplyToProduction, proposal.AvailableActions());

        proposal.Approve(People.SecondApprover, At(4), Mitigation);

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Equal(["carol", "frank"], proposal.Approvals.Select(a => a.ApproverId));
        Assert.True(proposal.IsApprovalValid);
    }

    [Fact]
    public void Approve_SamePersonTwice_IsRefusedAndAsksForAnotherApprover()
    {
        var proposal = Submitted(TwoApprovalsForCritical, "critical");
        proposal.Approve(People.Approver, At(3), Mitigation);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(People.Approver, At(4), Mitigation));

        Assert.Contains("Carol already approved this proposal", error.Message);
        Assert.Contains("ask another Approver", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
        Assert.Single(proposal.Approvals);
    }

    [Fact]
    public void EnsureCanApplyToProduction_OneOfTwoApprovals_IsRefusedSayingHowManyAreMissing()
    {
        var proposal = Submitted(TwoApprovalsForCritical, "critical");
        proposal.Approve(People.Approver, At(3), Mitigation);

        var error = Assert.Throws<DomainException>(() => proposal.EnsureCanApplyToProduction(People.Engineer, proposal.ProductionBase));

        Assert.Contains("needs 1 more approval (the gate for a critical change asks for 2)", error.Message);
    }

    [Fact]
    public void Edit_AfterAPartialApproval_VoidsEveryApproval()
    {
        var proposal = Submitted(TwoApprovalsForCritical, "critical");
        proposal.Approve(People.Approver, At(3), Mitigation);

        proposal.Edit(People.Author, ProposedValue.Set("0.09"), Radius(risk: "critical"), At(4));

        Assert.Empty(proposal.Approvals);
        Assert.Contains("the approval by Carol is void", proposal.Events[^1].Description);
    }

    [Fact]
    public void Approve_PolicyAskingNoMitigationForHigh_AcceptsAnApprovalWithoutOne()
    {
        var lenient = GateRules.Default with { High = Plain };
        var proposal = Submitted(lenient, "high");

        proposal.Approve(People.Approver, At(3));

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Null(proposal.Approval!.Mitigation);
    }

    [Fact]
    public void Approve_PolicyAskingMitigationForLow_RefusesAnApprovalWithoutOne()
    {
        var strict = GateRules.Default with { Low = new GateRule(false, true, 1) };
        var proposal = Submitted(strict, "low");

        var error = Assert.Throws<DomainException>(() => proposal.Approve(People.Approver, At(3)));

        Assert.Contains("mitigation for this low change", error.Message);
    }

    [Fact]
    public void VerifyStaging_PolicyAskingEvidenceForMedium_WaitsForTheRefreshInterval()
    {
        var strict = GateRules.Default with { Medium = new GateRule(true, false, 1) };
        var proposal = new ProposalBuilder().WithRadius(Radius(risk: "medium")).WithRules(strict).BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() => proposal.VerifyStaging(People.Engineer, Checklist(), At(1).AddSeconds(5)));

        Assert.Contains("Verify again in 25 s", error.Message);
    }

    [Fact]
    public void Gate_PolicyLoosenedAfterSubmit_StillJudgesByTheSubmittedRules()
    {
        var submittedUnder = GateRules.Default;
        var proposal = new ProposalBuilder().WithRules(submittedUnder).Build();
        var policy = GatePolicy.DefaultFor(ProposalEnvironment.Production);

        policy.Change(GateRules.Default with { High = Plain }, People.Admin, At(1));

        Assert.Equal(submittedUnder, proposal.Rules);
        Assert.True(proposal.Gate.RequiresMitigation);
        Assert.True(proposal.Gate.RequiresStagingEvidence);
    }

    /// <summary>A proposal of <paramref name="risk"/> submitted under <paramref name="rules"/>, verified on staging after any wait.</summary>
    private static Proposal Submitted(GateRules rules, string risk)
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(risk: risk)).WithRules(rules).BuildIn(ProposalState.AppliedToStaging);
        proposal.VerifyStaging(People.Engineer, Checklist(), At(2));
        return proposal;
    }
}
