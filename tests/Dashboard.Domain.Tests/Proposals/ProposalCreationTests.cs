using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalCreationTests
{
    [Fact]
    public void Constructor_ValidChange_StartsAsDraftWithAProposeEvent()
    {
        var proposal = new ProposalBuilder().Build();

        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Equal("alice", proposal.AuthorId);
        Assert.Equal("0.0825", proposal.ProposedValue.Value);
        var created = Assert.Single(proposal.Events);
        Assert.Equal(ProposalAction.Propose, created.Action);
        Assert.Null(created.From);
        Assert.Equal("'0.08' (ETag 'prod-etag-1')", created.BeforeValue);
        Assert.Equal("'0.0825'", created.AfterValue);
        Assert.Equal(proposal.BlastRadius.Hash, created.BlastRadiusHash);
    }

    [Fact]
    public void Constructor_AuthorWithoutEngineerRole_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ProposalBuilder().By(People.Approver).Build());

        Assert.Contains("needs the Engineer or Admin role", error.Message);
    }

    [Fact]
    public void Constructor_SameValueAsProduction_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ProposalBuilder().Proposing(ProposedValue.Set("0.08")).Build());

        Assert.Contains("Production already holds '0.08'", error.Message);
    }

    [Fact]
    public void Constructor_DeleteOfAbsentKey_IsRefused()
    {
        var builder = new ProposalBuilder().Proposing(ProposedValue.Delete()).WithProductionBase(ObservedSetting.Absent);

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Contains("nothing to delete", error.Message);
    }

    [Fact]
    public void ProposalTarget_SameLabelForStagingAndProduction_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ProposalTarget("appcs-shared", "tax.rate.default", "prod", "prod"));

        Assert.Contains("give staging its own label", error.Message);
    }

    [Fact]
    public void BlastRadiusSnapshot_DifferentRiskLevel_HasADifferentHash()
    {
        Assert.NotEqual(Radius(risk: "High").Hash, Radius(risk: "Low").Hash);
        Assert.Equal(Radius().Hash, Radius().Hash);
    }
}
