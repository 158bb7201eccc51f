using Dashboard.Application.Errors;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Application.ChangeWatch;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>The detector on a seeded SQLite database with the local store: what it flags as written outside the pipeline.</summary>
public sealed class OutOfBandChangeDetectorTests : IAsyncLifetime
{
    private const string PortalUser = "portal-user";
    private ProposalPipeline _pipeline = null!;
    private InterruptingStoreClient.Factory _stores = null!;
    private OutOfBandChangeDetector Detector => _pipeline.Detector;
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync() => _pipeline = await ProposalPipeline.SeededAsync(real => _stores = new InterruptingStoreClient.Factory(real));

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DetectAsync_FirstRunOverTheSeededStore_FlagsNothing()
    {
        var found = await Detector.DetectAsync(None);

        Assert.Empty(found);
        Assert.Equal(0, (await Detector.ListAsync(1, 10, None)).TotalCount);
    }

    [Fact]
    public async Task DetectAsync_DirectWriteAfterTheCheckpoint_IsFlaggedOnceWithItsActor()
    {
        await Detector.DetectAsync(None);
        var written = await WriteDirectlyAsync("0.09", "production");

        var first = await Detector.DetectAsync(None);
        var second = await Detector.DetectAsync(None);

        var bypass = Assert.Single(first);
        Assert.Equal((ProposalPipeline.Store, ProposalPipeline.Key, "production", PortalUser, written.ETag, false),
            (bypass.Store, bypass.Key, bypass.Label, bypass.Actor, bypass.NewETag, bypass.IsDelete));
        Assert.Empty(second);
        var stored = Assert.Single((await Detector.ListAsync(1, 10, None)).Items);
        Assert.Equal(written.ETag, stored.NewETag);
    }

    [Fact]
    public async Task DetectAsync_DirectDelete_IsFlaggedAsADelete()
    {
        await Detector.DetectAsync(None);
        await PortalStore().DeleteSettingAsync(ProposalPipeline.Key, "staging", cancellationToken: None);

        var found = await Detector.DetectAsync(None);

        var bypass = Assert.Single(found);
        Assert.True(bypass.IsDelete);
        Assert.Null(bypass.NewETag);
        Assert.Equal(("staging", PortalUser), (bypass.Label, bypass.Actor));
    }

    [Fact]
    public async Task DetectAsync_StagingWriteByThePipeline_IsNotFlagged()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ProposeAsync();
        await _pipeline.Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);

        var found = await Detector.DetectAsync(None);

        Assert.Equal("0.0825", await _pipeline.ValueAsync("staging"));
        Assert.Empty(found);
    }

    [Fact]
    public async Task DetectAsync_ProductionApplyAndRollbackByThePipeline_AreNotFlagged()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ApprovedAsync();
        await _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        var rolledBack = await _pipeline.Service.RollBackAsync(proposal.Id, ProposalPipeline.Engineer, None);

        var found = await Detector.DetectAsync(None);

        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
        Assert.NotNull(rolledBack.RollbackETag);
        Assert.Empty(found);
    }

    [Fact]
    public async Task DetectAsync_PipelineWriteThenDirectWrite_FlagsOnlyTheDirectOne()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ProposeAsync();
        await _pipeline.Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        var written = await WriteDirectlyAsync("0.5", "staging");

        var found = await Detector.DetectAsync(None);

        Assert.Equal(written.ETag, Assert.Single(found).NewETag);
    }

    [Fact]
    public async Task DetectAsync_AfterPipelineStepsAndBypasses_KeepsTheAuditChainIntactWithOneEntryPerBypass()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ProposeAsync();
        await WriteDirectlyAsync("0.09", "production");
        await Detector.DetectAsync(None);
        await _pipeline.Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);
        await WriteDirectlyAsync("0.091", "production");
        await Detector.DetectAsync(None);

        var audit = await _pipeline.Audit.VerifyAsync(None);

        Assert.True(audit.IsIntact);
        await using var db = await _pipeline.Database.Factory.CreateDbContextAsync();
        var bypassEntries = await db.AuditEntries.Where(e => e.Action == OutOfBandChangeDetector.AuditAction).ToListAsync();
        Assert.Equal(2, bypassEntries.Count);
        Assert.All(bypassEntries, e => Assert.Equal(PortalUser, e.Actor));
    }

    [Fact]
    public async Task DetectAsync_ProductionWriteUnderAnInterruptedClaim_IsNotFlaggedButALaterDifferentValueIs()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ApprovedAsync("0.0825");
        _stores.Interrupt = InterruptingStoreClient.Fault.AfterWrite;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = InterruptingStoreClient.Fault.None;

        var underClaim = await Detector.DetectAsync(None);
        var other = await WriteDirectlyAsync("0.5", "production");
        var afterOther = await Detector.DetectAsync(None);

        Assert.NotNull((await _pipeline.Queries.GetAsync(proposal.Id, None))!.Claim);
        Assert.Equal("0.5", await _pipeline.ValueAsync("production"));
        Assert.Empty(underClaim);
        Assert.Equal((other.ETag, "production"), (Assert.Single(afterOther).NewETag, Assert.Single(afterOther).Label));
    }

    [Fact]
    public async Task DetectAsync_DifferentValueWhileAClaimWaits_IsFlagged()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ApprovedAsync("0.0825");
        _stores.Interrupt = InterruptingStoreClient.Fault.BeforeWrite;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = InterruptingStoreClient.Fault.None;
        var other = await WriteDirectlyAsync("0.0826", "production");

        var found = await Detector.DetectAsync(None);

        Assert.NotNull((await _pipeline.Queries.GetAsync(proposal.Id, None))!.Claim);
        var bypass = Assert.Single(found);
        Assert.Equal((other.ETag, "production", PortalUser), (bypass.NewETag, bypass.Label, bypass.Actor));
    }

    [Fact]
    public async Task DetectAsync_ClaimedValueWrittenUnderTheOtherLabel_IsFlagged()
    {
        await Detector.DetectAsync(None);
        var proposal = await _pipeline.ApprovedAsync("0.0825");
        _stores.Interrupt = InterruptingStoreClient.Fault.BeforeWrite;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = InterruptingStoreClient.Fault.None;
        var other = await WriteDirectlyAsync("0.0825", "staging");

        var found = await Detector.DetectAsync(None);

        Assert.Equal((other.ETag, "staging"), (Assert.Single(found).NewETag, Assert.Single(found).Label));
    }

    [Fact]
    public async Task DetectAsync_DirectWrite_KeepsTheOldAndNewValueFromTheStoresHistory()
    {
        await Detector.DetectAsync(None);
        await WriteDirectlyAsync("0.0825", "production");

        var bypass = Assert.Single(await Detector.DetectAsync(None));

        var stored = Assert.Single((await Detector.ListAsync(1, 10, None)).Items);
        Assert.Equal((true, "0.08", "0.0825", false), (stored.ValuesKnown, stored.OldValue, stored.NewValue, stored.ValuesMasked));
        Assert.NotNull(stored.OldETag);
        Assert.Equal(bypass.Id, stored.Id);
    }

    [Fact]
    public async Task DetectAsync_NewKeyThenItsDelete_HasNoOldValueThenNoNewValue()
    {
        await Detector.DetectAsync(None);
        await PortalStore().SetSettingAsync(new ConfigSettingWrite("tax.rate.extra", "production", "0.01", null), ConfigWriteCondition.Always, None);
        var added = Assert.Single(await Detector.DetectAsync(None));
        await PortalStore().DeleteSettingAsync("tax.rate.extra", "production", cancellationToken: None);

        var deleted = Assert.Single(await Detector.DetectAsync(None));

        Assert.Equal((false, "0.01"), (added.OldExisted, added.NewValue));
        Assert.Equal((true, "0.01", null), (deleted.OldExisted, deleted.OldValue, deleted.NewValue));
    }

    [Fact]
    public async Task DetectAsync_DirectWriteOfAKeyVaultReference_StoresAndAuditsOnlyTheMask()
    {
        await Detector.DetectAsync(None);
        const string Reference = "{\"uri\":\"https://contoso.vault.azure.net/secrets/billing-sql\"}";
        await PortalStore().SetSettingAsync(
            new ConfigSettingWrite("billing.sql.reference", "production", Reference, ConfigContentTypes.KeyVaultReference), ConfigWriteCondition.Always, None);

        var bypass = Assert.Single(await Detector.DetectAsync(None));

        Assert.True(bypass.ValuesMasked);
        Assert.Equal(Dashboard.Domain.ConfigMap.SecretDetector.Mask, bypass.NewValue);
        await using var db = await _pipeline.Database.Factory.CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == OutOfBandChangeDetector.AuditAction);
        Assert.DoesNotContain("contoso.vault", System.Text.Json.JsonSerializer.Serialize(entry), StringComparison.Ordinal);
        Assert.DoesNotContain("contoso.vault", Assert.Single(_pipeline.Notifications.Sent).NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectAsync_DirectWriteToProduction_RecordsTheRadiusOfThatChangeForProduction()
    {
        await Detector.DetectAsync(None);
        await WriteDirectlyAsync("0.0825", "production");

        var bypass = Assert.Single(await Detector.DetectAsync(None));

        Assert.Equal(Dashboard.Domain.BlastRadius.RiskLevel.High, bypass.Risk);
        var (change, environment) = Assert.Single(_pipeline.BlastRadius.Calls);
        Assert.Equal(("production", "0.0825", "production"), (change.Label, change.NewValue, environment));
    }

    [Fact]
    public async Task DetectAsync_DirectWriteUnderALabelNoEnvironmentReads_RecordsWhyThereIsNoRadius()
    {
        await Detector.DetectAsync(None);
        await WriteDirectlyAsync("0.0825", "experiment");

        var bypass = Assert.Single(await Detector.DetectAsync(None));

        Assert.Null(bypass.Risk);
        Assert.Contains("(label 'experiment') is not bound to an environment", bypass.RadiusNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectAsync_DirectWrite_IsAnnouncedOnceAfterItIsSaved()
    {
        await Detector.DetectAsync(None);
        await WriteDirectlyAsync("0.0825", "production");

        await Detector.DetectAsync(None);
        await Detector.DetectAsync(None);

        var sent = Assert.Single(_pipeline.Notifications.Sent);
        Assert.Equal((ProposalPipeline.Key, "production", PortalUser, "0.08", "0.0825"), (sent.Key, sent.Label, sent.Actor, sent.OldValue, sent.NewValue));
        Assert.True(sent.Id > 0);
    }

    [Fact]
    public async Task ListAsync_PageZero_IsBadInputNamingThePage()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => Detector.ListAsync(0, 10, None));

        Assert.Equal("page", error.Field);
    }

    private LocalConfigStore PortalStore() => _pipeline.Database.ConfigStores.Get(ProposalPipeline.Store).WithActor(PortalUser);

    private Task<ConfigSetting> WriteDirectlyAsync(string value, string label) =>
        PortalStore().SetSettingAsync(new ConfigSettingWrite(ProposalPipeline.Key, label, value, null), ConfigWriteCondition.Always, None);
}
