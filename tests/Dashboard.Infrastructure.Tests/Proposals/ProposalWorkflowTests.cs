using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Application.Errors;
using Dashboard.Application.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>The pipeline on a real SQLite database with the local store: what each step writes, refuses and records.</summary>
public sealed class ProposalWorkflowTests : IAsyncLifetime
{
    private ProposalPipeline _pipeline = null!;
    private ProposalWorkflow Service => _pipeline.Service;
    private IProposalQueries Queries => _pipeline.Queries;
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync() => _pipeline = await ProposalPipeline.SeededAsync();

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreateAsync_ReadsBothLabelsAndStoresTheProposalWithItsBlastRadius()
    {
        var created = await _pipeline.ProposeAsync();

        var stored = await Queries.GetAsync(created.Id, None);
        Assert.NotNull(stored);
        Assert.Equal(("0.08", "0.08"), (stored.StagingBase.Value, stored.ProductionBase.Value));
        Assert.NotNull(stored.ProductionBase.ETag);
        Assert.Equal("0.0825", stored.ProposedValue.Value);
        Assert.Equal("high", stored.BlastRadius.RiskLevel);
        Assert.Equal(created.BlastRadius.Hash, stored.BlastRadius.Hash);
        Assert.Equal("production", Assert.Single(_pipeline.BlastRadius.Calls).Environment);
        Assert.Equal(ProposalAction.Propose, Assert.Single(stored.Events).Action);
    }

    [Fact]
    public async Task CreateAsync_ValueEqualToProduction_IsRefusedWithTheDomainsMessage()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _pipeline.ProposeAsync("0.08"));

        Assert.Contains("Production already holds '0.08'", error.Message);
        Assert.Equal(0, (await Queries.ListAsync(new ProposalQuery(), None)).TotalCount);
    }

    [Fact]
    public async Task CreateAsync_DeleteOfAKeyProductionLacks_IsBadInputNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<InputException>(() =>
            Service.CreateAsync(ProposalPipeline.Engineer, new NewProposal(ProposalPipeline.Store, "no.such.key", null, null, true, "cleanup"), None));

        Assert.Equal("key", error.Field);
    }

    [Theory]
    [InlineData("tax.rate\r\nX-Injected: yes", "1", "fine", "key")]
    [InlineData("tax.rate.\u202Etluafed", "1", "fine", "key")]
    [InlineData("tax.rate.default", "1", "looks fine \u202Eton", "reason")]
    [InlineData("tax.rate.default", "1", "", "reason")]
    public async Task CreateAsync_UnsafeKeyOrReason_IsBadInputNamingTheField_AndStoresNothing(string key, string value, string reason, string field)
    {
        var error = await Assert.ThrowsAsync<InputException>(() =>
            Service.CreateAsync(ProposalPipeline.Engineer, new NewProposal(ProposalPipeline.Store, key, value, null, false, reason), None));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, (await Queries.ListAsync(new ProposalQuery(), None)).TotalCount);
    }

    [Fact]
    public async Task CreateAsync_KeyLabelAndValueOverTenKilobytes_IsBadInputNamingTheValue()
    {
        // The value alone fits; with the key and the label it does not, which the store would only say at staging apply.
        var value = new string('9', 10 * 1024 - "tax.rate.default".Length);

        var error = await Assert.ThrowsAsync<InputException>(() =>
            Service.CreateAsync(ProposalPipeline.Engineer, new NewProposal(ProposalPipeline.Store, "tax.rate.default", value, null, false, "big"), None));

        Assert.Equal("value", error.Field);
        Assert.Contains("key, label, value, content type and tags together", error.Message);
    }

    [Fact]
    public async Task ApplyToStagingAsync_WritesTheStagingLabelOnly()
    {
        var proposal = await _pipeline.ProposeAsync();

        var applied = await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);

        Assert.Equal(ProposalState.AppliedToStaging, applied.State);
        Assert.Equal("0.0825", await _pipeline.ValueAsync("staging"));
        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
        Assert.Equal(ProposalState.AppliedToStaging, (await Queries.GetAsync(proposal.Id, None))!.State);
    }

    [Fact]
    public async Task ApplyToProductionAsync_TaggedSetting_KeepsItsTagsAndContentType()
    {
        var tags = new Dictionary<string, string> { ["owner"] = "billing", ["ticket"] = "FIN-204" };
        await _pipeline.StoreClient.SetSettingAsync(
            new ConfigSettingWrite(ProposalPipeline.Key, "production", "0.08", "text/plain", tags), ConfigWriteCondition.Always);
        var proposal = await _pipeline.ApprovedAsync();

        await Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);

        var written = (await _pipeline.StoreClient.GetSettingAsync(ProposalPipeline.Key, "production")).Setting!;
        Assert.Equal(("0.0825", "text/plain"), (written.Value, written.ContentType));
        Assert.Equal(tags.OrderBy(t => t.Key), written.Tags.OrderBy(t => t.Key));
    }

    [Fact]
    public async Task ApplyToProductionAsync_BeforeApproval_IsRefusedAndProductionUntouched()
    {
        var proposal = await _pipeline.ProposeAsync();
        await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);

        var error = await Assert.ThrowsAsync<DomainException>(() => Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));

        Assert.Contains("verified staging apply first", error.Message);
        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
        Assert.Equal(ProposalState.AppliedToStaging, (await Queries.GetAsync(proposal.Id, None))!.State);
    }

    [Fact]
    public async Task ApplyToStagingAsync_StagingChangedSinceTheProposal_RecordsTheConflictAndRebaseLetsItApply()
    {
        var proposal = await _pipeline.ProposeAsync();
        await _pipeline.StoreClient.SetSettingAsync(new ConfigSettingWrite(ProposalPipeline.Key, "staging", "0.081"), ConfigWriteCondition.Always);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None));
        var recorded = await Queries.GetAsync(proposal.Id, None);
        await Service.RebaseAsync(proposal.Id, ProposalPipeline.Engineer, None);
        var applied = await Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None);

        Assert.Equal("0.081", Assert.IsType<ObservedSetting>(conflict.Current).Value);
        Assert.Equal("0.081", recorded!.StagingConflict!.Current.Value);
        Assert.Equal(ProposalAction.RecordStagingConflict, recorded.Events[^1].Action);
        Assert.Equal(ProposalState.AppliedToStaging, applied.State);
        Assert.Equal("0.0825", await _pipeline.ValueAsync("staging"));
    }

    [Fact]
    public async Task RollBackAsync_AfterProductionApply_RestoresThePreviousValue()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        var liveValue = await _pipeline.ValueAsync("production");

        var rolledBack = await Service.RollBackAsync(proposal.Id, ProposalPipeline.Engineer, None);

        Assert.Equal("0.0825", liveValue);
        Assert.Equal(ProposalState.RolledBack, rolledBack.State);
        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
    }

    [Fact]
    public async Task RollBackAsync_AfterAnOutOfBandChange_IsRefusedAndKeepsThatChange()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        await _pipeline.StoreClient.SetSettingAsync(new ConfigSettingWrite(ProposalPipeline.Key, "production", "0.09"), ConfigWriteCondition.Always);

        var error = await Assert.ThrowsAsync<DomainException>(() => Service.RollBackAsync(proposal.Id, ProposalPipeline.Engineer, None));

        Assert.Contains("Rollback refused", error.Message);
        Assert.Equal("0.09", await _pipeline.ValueAsync("production"));
        Assert.Equal(ProposalState.AppliedToProduction, (await Queries.GetAsync(proposal.Id, None))!.State);
    }

    [Fact]
    public async Task EditAsync_SomeoneElseSavedTheProposalMeanwhile_IsAConflictAndTheirStepStands()
    {
        var proposal = await _pipeline.ProposeAsync();
        _pipeline.BlastRadius.DuringNextAnalysis = () => Service.RejectAsync(proposal.Id, ProposalPipeline.Approver, "too risky", None);

        await Assert.ThrowsAsync<ConflictException>(() =>
            Service.EditAsync(proposal.Id, ProposalPipeline.Engineer, "0.0826", null, false, None));

        var stored = await Queries.GetAsync(proposal.Id, None);
        Assert.Equal(ProposalState.Rejected, stored!.State);
        Assert.Equal("0.0825", stored.ProposedValue.Value);
        Assert.True((await _pipeline.Audit.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task CreateAsync_ForASecretKey_AuditsAKeyedHashNeverTheValue()
    {
        await Service.CreateAsync(ProposalPipeline.Engineer,
            new NewProposal(ProposalPipeline.Store, "Billing:Webhook:Secret", "whsec-live-8f2b", null, false, "rotate the webhook secret"), None);

        await using var db = _pipeline.Database.Factory.CreateDbContext();
        var entry = Assert.Single(db.AuditEntries.ToList());
        Assert.DoesNotContain("whsec-live-8f2b", entry.AfterJson);
        Assert.Contains("hmac-sha256:", entry.AfterJson);
        Assert.True((await _pipeline.Audit.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task VerifyAuditAsync_AfterAFullFlow_IsIntactWithOneEntryPerEvent()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        var verified = await Service.MarkVerifiedAsync(proposal.Id, ProposalPipeline.Engineer, None);

        var audit = await _pipeline.Audit.VerifyAsync(None);

        Assert.True(audit.IsIntact, audit.Message);
        Assert.Equal(verified.Events.Count, audit.EntriesChecked);
    }

    [Fact]
    public async Task VerifyAuditAsync_AfterOneRowIsTampered_ReportsTheBrokenEntry()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await using (var db = await _pipeline.Database.Factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'mallory' WHERE Sequence = 2");

        var audit = await _pipeline.Audit.VerifyAsync(None);

        Assert.False(audit.IsIntact);
        Assert.Equal(2, audit.BrokenSequence);
        Assert.NotNull(proposal);
    }

    [Fact]
    public async Task ListAsync_FiltersByStateNewestFirst()
    {
        var older = await _pipeline.ProposeAsync("0.083");
        _pipeline.Time.Advance(TimeSpan.FromMinutes(5));
        var newer = await _pipeline.ProposeAsync("0.084");
        await Service.ApplyToStagingAsync(older.Id, ProposalPipeline.Engineer, None);

        var all = await Queries.ListAsync(new ProposalQuery(Key: ProposalPipeline.Key), None);
        var drafts = await Queries.ListAsync(new ProposalQuery(State: ProposalState.Draft), None);

        Assert.Equal([newer.Id, older.Id], all.Items.Select(p => p.Id));
        Assert.Equal([newer.Id], drafts.Items.Select(p => p.Id));
    }
}
