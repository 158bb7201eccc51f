using Dashboard.Application.Errors;
using Dashboard.Application.Proposals;
using Dashboard.Domain;
using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>The production gate policy on a real database: stored, audited, and kept by the proposals submitted under it.</summary>
public sealed class GatePolicyWorkflowTests : IAsyncLifetime
{
    private static readonly ProposalActor Admin = new("admin", "Ada Admin", [Roles.Admin]);
    private static readonly ProposalActor SecondApprover = new("approver-2", "Blake Approver", [Roles.Approver]);
    private static readonly GateRules TwoApprovalsForHigh = GateRules.Default with { High = new GateRule(true, true, 2) };
    private static readonly CancellationToken None = CancellationToken.None;
    private ProposalPipeline _pipeline = null!;
    private GatePolicySettings _settings = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await ProposalPipeline.SeededAsync();
        _settings = new GatePolicySettings(_pipeline.Units, _pipeline.Time);
    }

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetAsync_NothingStored_ReturnsTheDefaults()
    {
        var policy = await _settings.GetAsync(ProposalEnvironment.Production, None);

        Assert.True(policy.IsDefault);
        Assert.Equal(GateRules.Default, policy.Rules);
    }

    [Fact]
    public async Task GetAsync_Staging_IsNotFoundSayingOnlyProductionIsGated()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => _settings.GetAsync(ProposalEnvironment.Staging, None));

        Assert.StartsWith("Only production has a gate policy", error.Message);
    }

    [Fact]
    public async Task ChangeAsync_ByAnAdmin_IsStoredAndAuditedWithOldAndNewRules()
    {
        await _settings.ChangeAsync(ProposalEnvironment.Production, TwoApprovalsForHigh, Admin, None);

        var stored = await _settings.GetAsync(ProposalEnvironment.Production, None);
        Assert.Equal(TwoApprovalsForHigh, stored.Rules);
        Assert.Equal("Ada Admin", stored.ChangedBy);
        var entries = await _pipeline.Audit.PageAsync(1, 50, None);
        var entry = Assert.Single(entries, e => e.Subject == "gate-policy/production");
        Assert.Equal(("admin", "gate-policy.changed"), (entry.Actor, entry.Action));
        Assert.Contains("high: staging evidence, mitigation, 1 approval, an approver from each owning team;", entry.BeforeJson);
        Assert.Contains("high: staging evidence, mitigation, 2 approvals;", entry.AfterJson);
    }

    [Fact]
    public async Task ChangeAsync_ByAnApprover_IsRefusedAndStoresNothing()
    {
        await Assert.ThrowsAsync<DomainException>(() => _settings.ChangeAsync(ProposalEnvironment.Production, TwoApprovalsForHigh, ProposalPipeline.Approver, None));

        Assert.True((await _settings.GetAsync(ProposalEnvironment.Production, None)).IsDefault);
    }

    [Fact]
    public async Task ApproveAsync_PolicyLoosenedAfterSubmit_StillNeedsTheSecondApproval()
    {
        await _settings.ChangeAsync(ProposalEnvironment.Production, TwoApprovalsForHigh, Admin, None);
        var proposal = await _pipeline.ProposeAsync();
        await _settings.ChangeAsync(ProposalEnvironment.Production, GateRules.Default, Admin, None);

        await VerifiedAsync(proposal.Id);
        await _pipeline.Service.ApproveAsync(proposal.Id, ProposalPipeline.Approver, "watch billing-api 5xx; roll back on a rise", None);

        var waiting = await _pipeline.Queries.GetAsync(proposal.Id, None);
        Assert.Equal(ProposalState.StagingVerified, waiting!.State);
        Assert.Equal(TwoApprovalsForHigh, waiting.Rules);
        Assert.Equal(1, waiting.ApprovalsMissing);

        await _pipeline.Service.ApproveAsync(proposal.Id, SecondApprover, "watch invoice totals; roll back on a drift", None);

        var approved = await _pipeline.Queries.GetAsync(proposal.Id, None);
        Assert.Equal(ProposalState.Approved, approved!.State);
        Assert.Equal(["approver", "approver-2"], approved.Approvals.Select(a => a.ApproverId));
        Assert.True(approved.IsApprovalValid);
    }

    private async Task VerifiedAsync(Guid id)
    {
        await _pipeline.Service.ApplyToStagingAsync(id, ProposalPipeline.Engineer, None);
        _pipeline.Time.Advance(RiskGate.DefaultRefreshInterval);
        await _pipeline.Service.VerifyStagingAsync(id, ProposalPipeline.Engineer,
            new StagingChecklist([new StagingChecklistItem("invoice totals unchanged", true)]), None);
    }
}
