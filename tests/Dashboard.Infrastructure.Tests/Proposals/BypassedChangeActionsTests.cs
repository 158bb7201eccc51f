using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>Reverting and adopting a change made outside the pipeline, on the seeded database and local store.</summary>
public sealed class BypassedChangeActionsTests : IAsyncLifetime
{
    private ProposalPipeline _pipeline = null!;
    private static readonly CancellationToken None = CancellationToken.None;
    private BypassedChangeActions Actions => _pipeline.BypassActions;

    public async Task InitializeAsync() => _pipeline = await ProposalPipeline.SeededAsync();

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RevertAsync_PortalEditOfProduction_DraftsAProposalOfTheOldValueWithTheReasonAndMarksItReverted()
    {
        var bypass = await PortalEditAsync("production", "0.0825");

        var draft = await Actions.RevertAsync(bypass.Id, ProposalPipeline.Engineer, None);

        Assert.Equal((ProposalState.Draft, "0.08", ProposalPipeline.Key), (draft.State, draft.ProposedValue.Value, draft.Target.Key));
        Assert.StartsWith("Revert out-of-band change by portal-user at ", draft.Reason, StringComparison.Ordinal);
        Assert.NotNull(await _pipeline.Queries.GetAsync(draft.Id, None));
        var handled = await StoredAsync(bypass.Id);
        Assert.Equal((BypassHandling.Reverted, "Erin Engineer", draft.Id), (handled.Handling, handled.HandledBy, handled.RevertProposalId));
    }

    [Fact]
    public async Task RevertAsync_Twice_IsRefusedNamingTheFirstRevertAndDraftsNothingMore()
    {
        var bypass = await PortalEditAsync("production", "0.0825");
        var first = await Actions.RevertAsync(bypass.Id, ProposalPipeline.Engineer, None);

        var error = await Assert.ThrowsAsync<DomainException>(() => Actions.RevertAsync(bypass.Id, ProposalPipeline.Engineer, None));

        Assert.Contains($"already reverted through the pipeline by Erin Engineer", error.Message, StringComparison.Ordinal);
        Assert.Contains(first.Id.ToString(), error.Message, StringComparison.Ordinal);
        await using var db = await _pipeline.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Proposals.CountAsync());
    }

    [Fact]
    public async Task RevertAsync_NewKeyCreatedInThePortal_DraftsItsDelete()
    {
        await _pipeline.Detector.DetectAsync(None);
        await Portal().SetSettingAsync(new ConfigSettingWrite("tax.rate.extra", "production", "0.01", null), ConfigWriteCondition.Always, None);
        var bypass = Assert.Single(await _pipeline.Detector.DetectAsync(None));

        var draft = await Actions.RevertAsync(bypass.Id, ProposalPipeline.Engineer, None);

        Assert.True(draft.ProposedValue.IsDelete);
    }

    [Fact]
    public async Task RevertAsync_ChangeToStaging_IsRefusedWithoutDraftingAndStaysUnhandled()
    {
        var bypass = await PortalEditAsync("staging", "0.5");

        var error = await Assert.ThrowsAsync<DomainException>(() => Actions.RevertAsync(bypass.Id, ProposalPipeline.Engineer, None));

        Assert.Contains("Adopt it instead", error.Message, StringComparison.Ordinal);
        Assert.False((await StoredAsync(bypass.Id)).IsHandled);
    }

    [Fact]
    public async Task AdoptAsync_ThenRevert_AdoptsWithAnAuditEntryAndRefusesTheRevert()
    {
        var bypass = await PortalEditAsync("production", "0.0825");

        var adopted = await Actions.AdoptAsync(bypass.Id, ProposalPipeline.Engineer, None);
        var error = await Assert.ThrowsAsync<DomainException>(() => Actions.RevertAsync(bypass.Id, ProposalPipeline.Engineer, None));

        Assert.Equal(BypassHandling.Adopted, adopted.Handling);
        Assert.Contains("already adopted by Erin Engineer", error.Message, StringComparison.Ordinal);
        await using var db = await _pipeline.Database.Factory.CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == BypassedChangeActions.AdoptedAuditAction);
        Assert.Equal($"config/{ProposalPipeline.Store}/{ProposalPipeline.Key}/production", entry.Subject);
        Assert.True((await _pipeline.Audit.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task AdoptAsync_UnknownId_IsNotFoundSayingWhereToFindIds()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => Actions.AdoptAsync(4242, ProposalPipeline.Engineer, None));

        Assert.Contains("GET /api/changes/bypassed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdoptAsync_ByAnApproverWithoutTheEngineerRole_IsRefused()
    {
        var bypass = await PortalEditAsync("production", "0.0825");

        await Assert.ThrowsAsync<DomainException>(() => Actions.AdoptAsync(bypass.Id, ProposalPipeline.Approver, None));

        Assert.False((await StoredAsync(bypass.Id)).IsHandled);
    }

    private LocalConfigStore Portal() => _pipeline.Database.ConfigStores.Get(ProposalPipeline.Store).WithActor("portal-user");

    private async Task<BypassedChange> PortalEditAsync(string label, string value)
    {
        await _pipeline.Detector.DetectAsync(None);
        await Portal().SetSettingAsync(new ConfigSettingWrite(ProposalPipeline.Key, label, value, null), ConfigWriteCondition.Always, None);
        return Assert.Single(await _pipeline.Detector.DetectAsync(None));
    }

    private async Task<BypassedChange> StoredAsync(long id)
    {
        await using var db = await _pipeline.Database.Factory.CreateDbContextAsync();
        return await db.BypassedChanges.SingleAsync(b => b.Id == id);
    }
}
