using Dashboard.Domain.Health;
using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalSoakTests
{
    private const string BillingRadius = """{"affected":[{"service":"billing-api","withinSeconds":30}],"downstream":[{"service":"frontend"},{"service":"billing-api"}]}""";
    private static readonly TimeSpan Soak = StagingSoak.DefaultSoak;

    [Fact]
    public void SoakServices_RadiusWithAffectedAndDownstream_NamesEachOnceInOrder()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(BillingRadius)).Build();

        Assert.Equal(["billing-api", "frontend"], proposal.SoakServices);
    }

    [Fact]
    public void SoakServices_RadiusNotComputed_NamesNone()
    {
        Assert.Empty(new ProposalBuilder().WithRadius(Radius("not computed")).Build().SoakServices);
    }

    [Fact]
    public void VerifyStagingBySoak_PassedVerdict_VerifiesStagingBySoak()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(BillingRadius)).BuildIn(ProposalState.AppliedToStaging);

        proposal.VerifyStagingBySoak(People.Engineer, Verdict(Stats(500, 0)), At(11), At(12));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Equal(StagingSoakVerdict.SoakMethod, proposal.StagingVerification!.Method);
        Assert.True(proposal.StagingVerification.Passed);
    }

    [Fact]
    public void VerifyStagingBySoak_FailedVerdict_RecordsTheFailureNamingTheServiceAndStaysOnStaging()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(BillingRadius)).BuildIn(ProposalState.AppliedToStaging);

        proposal.VerifyStagingBySoak(People.Engineer, Verdict(Stats(500, 60)), At(11), At(12));

        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
        Assert.False(proposal.StagingVerification!.Passed);
        Assert.Contains(proposal.StagingVerification.Reasons, r => r.StartsWith("billing-api: 5xx rate 12 %", StringComparison.Ordinal));
        Assert.Equal(ProposalAction.FailStagingVerification, proposal.Events[^1].Action);
    }

    [Fact]
    public void VerifyStagingBySoak_StillSoaking_IsRefusedWithTheTimeLeft()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(BillingRadius)).BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() => proposal.VerifyStagingBySoak(People.Engineer, null, At(11), At(5)));

        Assert.Contains("still soaking", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 6 more min", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
    }

    [Fact]
    public void VerifyStagingBySoak_NoEvidence_IsRefusedPointingToTheChecklist()
    {
        var proposal = new ProposalBuilder().WithRadius(Radius(BillingRadius)).BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() => proposal.VerifyStagingBySoak(People.Engineer, Verdict(null), At(11), At(12)));

        Assert.Contains("checklist", error.Message, StringComparison.Ordinal);
        Assert.Null(proposal.StagingVerification);
    }

    private static StagingSoakVerdict Verdict(SoakWindowStats? during) =>
        StagingSoak.Evaluate([new ServiceSoakInput("billing-api", HealthThresholds.Default, Stats(480, 0), during)], Soak);

    private static SoakWindowStats Stats(long requests, long errors) => new(requests, errors, 80, []);
}
