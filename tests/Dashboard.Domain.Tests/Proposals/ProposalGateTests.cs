using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalGateTests
{
    private const string TwoReaders = """{"affected":[{"service":"billing-api","withinSeconds":30},{"service":"invoice-renderer","withinSeconds":90}]}""";

    [Theory]
    [InlineData("critical", true)]
    [InlineData("High", true)]
    [InlineData("medium", false)]
    [InlineData("low", false)]
    [InlineData("unknown", false)]
    public void Gate_ByRiskLevel_GatesHighAndCriticalOnly(string risk, bool gated)
    {
        Assert.Equal(gated, RiskGate.For(Radius(TwoReaders, risk)).IsGated);
    }

    [Fact]
    public void Gate_AffectedServicesWithRefreshIntervals_WaitsForTheLongest()
    {
        var gate = RiskGate.For(Radius(TwoReaders, "critical"));

        Assert.Equal(TimeSpan.FromSeconds(90), gate.StagingWait);
        Assert.Equal("billing-api refreshes every 30 s, invoice-renderer refreshes every 90 s", gate.WaitReason);
    }

    [Theory]
    [InlineData("""{"affected":[{"service":"billing-api"}]}""")]
    [InlineData("not computed")]
    [InlineData("""{"affected":[{"service":"billing-api","withinSeconds":5}]}""")]
    public void Gate_NoIntervalOrAShortOne_WaitsAtLeastTheProviderDefault(string radius)
    {
        Assert.Equal(RiskGate.DefaultRefreshInterval, RiskGate.For(Radius(radius, "high")).StagingWait);
    }

    [Fact]
    public void VerifyStaging_CriticalBeforeEveryServiceRefreshed_IsRefusedWithTheTimeLeft()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(TwoReaders, "critical")).BuildIn(ProposalState.AppliedToStaging);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.VerifyStaging(People.Engineer, Checklist(), At(1).AddSeconds(5)));

        Assert.Contains("invoice-renderer refreshes every 90 s", error.Message);
        Assert.Contains("until 2026-11-20 09:02:30 +00:00", error.Message);
        Assert.Contains("Verify again in 85 s", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
        Assert.Equal(At(1).AddSeconds(90), proposal.StagingEvidenceAt);
    }

    [Fact]
    public void VerifyStaging_CriticalOnceTheLongestIntervalPassed_IsAccepted()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(TwoReaders, "critical")).BuildIn(ProposalState.AppliedToStaging);

        proposal.VerifyStaging(People.Engineer, Checklist(), At(1).AddSeconds(90));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
    }

    [Fact]
    public void VerifyStaging_MediumRisk_IsAcceptedAtOnce()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(TwoReaders, "medium")).BuildIn(ProposalState.AppliedToStaging);

        proposal.VerifyStaging(People.Engineer, Checklist(), At(1).AddSeconds(1));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Null(proposal.StagingEvidenceAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Approve_HighRiskWithoutMitigation_IsRefusedAndSaysWhatToWrite(string? mitigation)
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(People.Approver, At(3), mitigation));

        Assert.Contains("mitigation for this High change is empty", error.Message);
        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Null(proposal.Approval);
    }

    [Fact]
    public void Approve_HighRiskWithMitigation_KeepsItOnTheApprovalAndInTheHistory()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        proposal.Approve(People.Approver, At(3), "  roll back if billing-api 5xx rises  ");

        Assert.Equal("roll back if billing-api 5xx rises", proposal.Approval!.Mitigation);
        Assert.EndsWith("Mitigation: roll back if billing-api 5xx rises", proposal.Events[^1].Description);
    }

    [Fact]
    public void Approve_LowRiskWithoutMitigation_IsAccepted()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(risk: "low")).BuildIn(ProposalState.StagingVerified);

        proposal.Approve(People.Approver, At(3));

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Null(proposal.Approval!.Mitigation);
    }
}
