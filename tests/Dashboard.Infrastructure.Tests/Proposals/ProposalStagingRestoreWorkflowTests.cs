using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Application.Proposals;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>Rollback and Abandon put staging back on the real local store, or refuse without writing when staging moved since.</summary>
public sealed class ProposalStagingRestoreWorkflowTests : IAsyncLifetime
{
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
    public async Task RollBackAsync_AfterProductionApply_RestoresProductionAndStaging()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);

        var rolledBack = await Service.RollBackAsync(proposal.Id, ProposalPipeline.Engineer, None);

        Assert.Equal(ProposalState.RolledBack, rolledBack.State);
        Assert.Equal(("0.08", "0.08"), (await _pipeline.ValueAsync("staging"), await _pipeline.ValueAsync("production")));
        Assert.Contains("Staging restored to '0.08'", rolledBack.Events[^1].Description);
    }

    [Fact]
    public async Task AbandonAsync_AfterStagingApply_RestoresStaging()
    {
        var proposal = await _pipeline.ProposeAsync();
        await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        Assert.Equal("0.0825", await _pipeline.ValueAsync("staging"));

        var abandoned = await Service.AbandonAsync(proposal.Id, ProposalPipeline.Engineer, "superseded", None);

        Assert.Equal(ProposalState.Abandoned, abandoned.State);
        Assert.Equal("0.08", await _pipeline.ValueAsync("staging"));
    }

    [Fact]
    public async Task AbandonAsync_StagingChangedByHand_IsRefusedNamingBothValuesAndWritesNothing()
    {
        var proposal = await _pipeline.ProposeAsync();
        await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        await _pipeline.StoreClient.SetSettingAsync(new ConfigSettingWrite(ProposalPipeline.Key, "staging", "0.09"), ConfigWriteCondition.Always);

        var error = await Assert.ThrowsAsync<DomainException>(() => Service.AbandonAsync(proposal.Id, ProposalPipeline.Engineer, "superseded", None));

        Assert.Contains("this proposal wrote '0.0825'", error.Message);
        Assert.Contains("staging now holds '0.09'", error.Message);
        Assert.Equal("0.09", await _pipeline.ValueAsync("staging"));
        Assert.Equal(ProposalState.AppliedToStaging, (await _pipeline.Queries.GetAsync(proposal.Id, None))!.State);
    }

    [Fact]
    public async Task RollBackAsync_StagingChangedByHand_IsRefusedAndProductionKeepsTheProposedValue()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        await _pipeline.StoreClient.SetSettingAsync(new ConfigSettingWrite(ProposalPipeline.Key, "staging", "0.09"), ConfigWriteCondition.Always);

        var error = await Assert.ThrowsAsync<DomainException>(() => Service.RollBackAsync(proposal.Id, ProposalPipeline.Engineer, None));

        Assert.Contains("staging now holds '0.09'", error.Message);
        Assert.Equal(("0.09", "0.0825"), (await _pipeline.ValueAsync("staging"), await _pipeline.ValueAsync("production")));
    }
}
