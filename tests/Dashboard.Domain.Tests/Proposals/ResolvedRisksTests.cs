using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;
using Radius = Dashboard.Domain.BlastRadius.BlastRadius;

namespace Dashboard.Domain.Tests.Proposals;

public sealed class ResolvedRisksTests
{
    private static readonly RadiusRisk NotValidated = new(BlastRadiusRules.NotValidatedInStaging, null, "not applied and verified in staging", "proposed change");
    private static readonly RadiusRisk StagingHoldsOld = new(BlastRadiusRules.EnvironmentDrift, null, "staging holds 0.08, production holds 0.08", "store revision");
    private static readonly RadiusRisk ReloadRace = new(BlastRadiusRules.ReloadDisposeBeforeCreate, "billing-api", "disposes before creating", "Ledger.cs:42");

    private static Radius With(params RadiusRisk[] risks) => new("tax.rate.default", "prod", RiskLevel.Critical, "critical", [], [], [], [], risks);

    [Fact]
    public void Between_AfterStagingVerified_NotValidatedIsResolvedByTheVerification()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        var resolved = ResolvedRisks.Between(proposal, With(NotValidated, ReloadRace), With(ReloadRace), ProposalBuilder.At(30));

        var only = Assert.Single(resolved);
        Assert.Equal(NotValidated, only.Risk);
        Assert.Equal(ProposalBuilder.At(2), only.At);
        Assert.Contains("verified the change in staging", only.Why);
    }

    [Fact]
    public void Between_DriftMessageChangedAfterStagingApply_OldFactIsResolvedByTheApply()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);
        var stagingHoldsNew = StagingHoldsOld with { Message = "staging holds 0.0825, production holds 0.08" };

        var resolved = ResolvedRisks.Between(proposal, With(StagingHoldsOld), With(stagingHoldsNew), ProposalBuilder.At(30));

        var only = Assert.Single(resolved);
        Assert.Equal(StagingHoldsOld, only.Risk);
        Assert.Equal(ProposalBuilder.At(1), only.At);
        Assert.Contains("applied the proposed value to staging", only.Why);
    }

    [Fact]
    public void Between_RiskGoneWithoutAStepThatExplainsIt_IsResolvedAtTheRecomputation()
    {
        var proposal = new ProposalBuilder().Build();

        var resolved = ResolvedRisks.Between(proposal, With(ReloadRace), With(), ProposalBuilder.At(30));

        Assert.Equal(ProposalBuilder.At(30), Assert.Single(resolved).At);
    }

    [Fact]
    public void Between_EveryRiskStillHolds_ResolvesNothing()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        Assert.Empty(ResolvedRisks.Between(proposal, With(NotValidated, ReloadRace), With(ReloadRace, NotValidated), ProposalBuilder.At(30)));
    }
}
