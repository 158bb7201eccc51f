using Dashboard.Domain;
using Dashboard.Domain.Proposals;
using Dashboard.Application.Proposals;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>The gate of a high-risk change through the workflow on a real database: refusals store nothing, acceptance stores the mitigation.</summary>
public sealed class ProposalGateWorkflowTests : IAsyncLifetime
{
    private static readonly StagingChecklist Checked = new([new StagingChecklistItem("invoice totals unchanged", true)]);
    private ProposalPipeline _pipeline = null!;
    private ProposalWorkflow Service => _pipeline.Service;
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync() => _pipeline = await ProposalPipeline.SeededAsync();

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task VerifyStagingAsync_HighRiskRightAfterTheStagingWrite_IsRefusedAndStoresNothing()
    {
        var proposal = await _pipeline.ProposeAsync();
        await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        _pipeline.Time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<DomainException>(() => Service.VerifyStagingAsync(proposal.Id, ProposalPipeline.Engineer, Checked, None));

        Assert.Contains("Verify again in 20 s", error.Message);
        var stored = await _pipeline.Queries.GetAsync(proposal.Id, None);
        Assert.Equal(ProposalState.AppliedToStaging, stored!.State);
        Assert.Null(stored.StagingVerification);
    }

    [Fact]
    public async Task VerifyStagingAsync_HighRiskAfterTheWait_IsAcceptedAndStoredWithTheEvidenceTime()
    {
        var proposal = await _pipeline.ProposeAsync();
        await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        _pipeline.Time.Advance(RiskGate.DefaultRefreshInterval);

        await Service.VerifyStagingAsync(proposal.Id, ProposalPipeline.Engineer, Checked, None);

        var stored = await _pipeline.Queries.GetAsync(proposal.Id, None);
        Assert.Equal(ProposalState.StagingVerified, stored!.State);
        Assert.Equal(stored.StagingApply!.At + RiskGate.DefaultRefreshInterval, stored.StagingEvidenceAt);
    }

    [Fact]
    public async Task ApproveAsync_HighRiskWithoutMitigation_IsRefused_WithOneIsStored()
    {
        var proposal = await _pipeline.ProposeAsync();
        await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        _pipeline.Time.Advance(RiskGate.DefaultRefreshInterval);
        await Service.VerifyStagingAsync(proposal.Id, ProposalPipeline.Engineer, Checked, None);

        await Assert.ThrowsAsync<DomainException>(() => Service.ApproveAsync(proposal.Id, ProposalPipeline.Approver, null, None));
        await Service.ApproveAsync(proposal.Id, ProposalPipeline.Approver, "watch billing-api 5xx; roll back on a rise", None);

        var stored = await _pipeline.Queries.GetAsync(proposal.Id, None);
        Assert.Equal(ProposalState.Approved, stored!.State);
        Assert.Equal("watch billing-api 5xx; roll back on a rise", stored.Approval!.Mitigation);
        Assert.True(stored.IsApprovalValid);
    }
}
