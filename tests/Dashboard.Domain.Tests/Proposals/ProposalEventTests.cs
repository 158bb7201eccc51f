using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalEventTests
{
    [Fact]
    public void Events_EveryStep_AddsOnePendingAuditRecordUntilCleared()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        Assert.Equal(proposal.Events.Select(e => Proposal.AuditActionName(e.Action)), proposal.PendingAuditRecords.Select(r => r.Action));
        Assert.Equal("proposal.apply-to-staging", proposal.PendingAuditRecords[1].Action);
        Assert.All(proposal.PendingAuditRecords, r => Assert.Equal($"proposal/{proposal.Id}/tax.rate.default", r.Subject));
        proposal.ClearPendingAuditRecords();
        Assert.Empty(proposal.PendingAuditRecords);
    }

    [Fact]
    public void Events_OfASecretSetting_NeverHoldTheValueButTheAuditRecordsAreMarkedSecret()
    {
        var proposal = new ProposalBuilder()
            .Proposing(ProposedValue.Set("Server=sql;Password=hunter2-new"))
            .WithProductionBase(new ObservedSetting("Server=sql;Password=hunter2-old", null, "prod-etag-1"))
            .BuildIn(ProposalState.AppliedToStaging);

        var history = string.Join(" ", proposal.Events.SelectMany(e => new[] { e.Description, e.BeforeValue, e.AfterValue }));
        Assert.DoesNotContain("hunter2", history);
        Assert.Contains(Dashboard.Domain.ConfigMap.SecretDetector.Mask, history);
        Assert.All(proposal.PendingAuditRecords, r => Assert.True(r.ValuesAreSecret));
    }

    [Fact]
    public void Events_FullPipeline_RecordEveryStepInOrderWithWhoAndFromTo()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.RolledBack);

        Assert.Equal(
            [ProposalAction.Propose, ProposalAction.ApplyToStaging, ProposalAction.VerifyStaging, ProposalAction.Approve,
                ProposalAction.ApplyToProduction, ProposalAction.RollBack],
            proposal.Events.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, proposal.Events.Count), proposal.Events.Select(e => e.Sequence));
        var states = proposal.Events.Skip(1).Select(e => (e.From, e.To)).ToList();
        Assert.Equal(
            [
                (ProposalState.Draft, ProposalState.AppliedToStaging),
                (ProposalState.AppliedToStaging, ProposalState.StagingVerified),
                (ProposalState.StagingVerified, ProposalState.Approved),
                (ProposalState.Approved, ProposalState.AppliedToProduction),
                (ProposalState.AppliedToProduction, ProposalState.RolledBack),
            ],
            states.Select(s => (s.From!.Value, s.To)));
        Assert.Equal("carol", proposal.Events[3].ActorId);
        Assert.Contains(proposal.Approval!.ApprovalHash, proposal.Events[3].Description);
    }

    [Fact]
    public void Events_EachCarriesTheRadiusHashInForceAtThatStep()
    {
        var proposal = new ProposalBuilder().Build();
        var first = proposal.BlastRadius.Hash;
        var wider = ProposalBuilder.Radius(risk: "Critical");

        proposal.Edit(People.Author, ProposedValue.Set("0.09"), wider, ProposalBuilder.At(1));

        Assert.Equal([first, wider.Hash], proposal.Events.Select(e => e.BlastRadiusHash));
    }
}
