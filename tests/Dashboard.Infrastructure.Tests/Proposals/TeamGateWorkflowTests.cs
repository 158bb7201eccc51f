using Dashboard.Application.Proposals;
using Dashboard.Domain;
using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Persistence;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>
/// The owner-team rule on a real database with the demo catalog (billing-api owned by payments, invoice-renderer by documents):
/// recorded on submit, enforced on production apply naming who could approve, and deciding whose inbox lists the proposal.
/// </summary>
public sealed class TeamGateWorkflowTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProposalActor Pat = new("approver-payments", "Pat Payments", [Roles.Approver], ["payments"]);
    private static readonly ProposalActor Dora = new("approver-documents", "Dora Documents", [Roles.Approver], ["documents"]);
    private static readonly ProposalActor Walter = new("walter", "Walter Web", [Roles.Approver], ["web-experience"]);
    private ProposalPipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await ProposalPipeline.SeededAsync();
        _pipeline.BlastRadius.Readers = ["billing-api", "invoice-renderer"];
    }

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Proposal> VerifiedAsync()
    {
        var proposal = await _pipeline.ProposeAsync();
        await _pipeline.Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        _pipeline.Time.Advance(RiskGate.DefaultRefreshInterval);
        return await _pipeline.Service.VerifyStagingAsync(proposal.Id, ProposalPipeline.Engineer,
            new StagingChecklist([new StagingChecklistItem("invoice totals unchanged", true)]), None);
    }

    private Task<Proposal> ApproveAsync(Guid id, ProposalActor approver) =>
        _pipeline.Service.ApproveAsync(id, approver, "watch billing-api errors; roll back on any rise", None);

    [Fact]
    public async Task CreateAsync_RadiusWithReaders_StoresTheirOwningTeamsFromTheCatalog()
    {
        var created = await _pipeline.ProposeAsync();

        var stored = await _pipeline.Queries.GetAsync(created.Id, None);

        Assert.Equal(["payments", "documents"], stored!.OwningTeams.Select(t => t.Team));
        Assert.Equal(["invoice-renderer"], stored.OwningTeams[1].Services);
    }

    [Fact]
    public async Task ApproveAsync_ApproverTeams_AreStoredWithTheApproval()
    {
        var verified = await VerifiedAsync();
        await ApproveAsync(verified.Id, Pat);

        var stored = await _pipeline.Queries.GetAsync(verified.Id, None);

        Assert.Equal(["payments"], Assert.Single(stored!.Approvals).ApproverTeams);
        Assert.Equal("documents", Assert.Single(stored.TeamApprovals.Missing).Team);
    }

    [Fact]
    public async Task ApplyToProductionAsync_WhileATeamIsMissing_IsRefusedNamingWhoInTheDirectoryCouldApprove()
    {
        var verified = await VerifiedAsync();
        await ApproveAsync(verified.Id, Pat);
        var workflow = new ProposalWorkflow(_pipeline.Units, new CatalogRepository(_pipeline.Database.Factory), _pipeline.Stores, _pipeline.Time,
            _pipeline.BlastRadius, approvers: new FixedDirectory([Pat, Dora, Walter]));

        var error = await Assert.ThrowsAsync<DomainException>(() => workflow.ApplyToProductionAsync(verified.Id, ProposalPipeline.Engineer, None));

        Assert.Equal("Production apply needs an approver from documents, which owns invoice-renderer: Dora Documents can approve for documents.", error.Message);
        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
    }

    [Fact]
    public async Task ListAsync_Inbox_ListsAProposalOnlyForApproversWhoCouldStillMoveIt()
    {
        var verified = await VerifiedAsync();
        await ApproveAsync(verified.Id, Pat);

        async Task<int> InboxOf(ProposalActor person) => (await _pipeline.Queries.ListAsync(ProposalQuery.WaitingForApprovalBy(person), None)).TotalCount;

        Assert.Equal(0, await InboxOf(Pat));
        Assert.Equal(0, await InboxOf(Walter));
        Assert.Equal(0, await InboxOf(new ProposalActor("ENGINEER", "Erin", [Roles.Approver], ["documents"])));
        Assert.Equal(1, await InboxOf(Dora));
    }

    [Fact]
    public async Task ListAsync_InboxWithTwoApprovalsNeeded_LeavesOutTheProposalIAlreadyApproved()
    {
        _pipeline.BlastRadius.Readers = [];
        var admin = new ProposalActor("admin", "Ada Admin", [Roles.Admin]);
        await new GatePolicySettings(_pipeline.Units, _pipeline.Time)
            .ChangeAsync(ProposalEnvironment.Production, GateRules.Default with { High = new GateRule(true, true, 2) }, admin, None);
        var verified = await VerifiedAsync();
        await ApproveAsync(verified.Id, Walter);

        var mine = await _pipeline.Queries.ListAsync(ProposalQuery.WaitingForApprovalBy(Walter), None);
        var others = await _pipeline.Queries.ListAsync(ProposalQuery.WaitingForApprovalBy(Pat), None);

        Assert.Empty(mine.Items);
        Assert.Equal(verified.Id, Assert.Single(others.Items).Id);
    }

    private sealed class FixedDirectory(IReadOnlyList<ProposalActor> people) : IApproverDirectory
    {
        public Task<IReadOnlyList<ProposalActor>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(people);
    }
}
