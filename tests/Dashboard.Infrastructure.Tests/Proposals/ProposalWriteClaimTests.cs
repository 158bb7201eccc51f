using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Proposals;
using Xunit.Abstractions;
using Fault = Dashboard.Infrastructure.Tests.Proposals.InterruptingStoreClient.Fault;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>
/// Claim before write, on SQLite with the real local store: racing steps and writes interrupted in the gap never leave a
/// production value that the proposal, its history and the audit log do not record.
/// </summary>
public sealed class ProposalWriteClaimTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Races = 100;
    private const int Interruptions = 20;
    private static readonly CancellationToken None = CancellationToken.None;

    private ProposalPipeline _pipeline = null!;
    private InterruptingStoreClient.Factory _stores = null!;

    public async Task InitializeAsync() => _pipeline = await ProposalPipeline.SeededAsync(real => _stores = new InterruptingStoreClient.Factory(real));

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ApplyToProductionAsync_RacedByRejects_NeverLeavesAProductionWriteUnrecorded()
    {
        var unrecorded = 0;
        var applied = 0;
        for (var race = 0; race < Races; race++)
        {
            var proposal = await _pipeline.ApprovedAsync(Value(race));
            var apply = _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
            var reject = _pipeline.Service.RejectAsync(proposal.Id, ProposalPipeline.Approver, "not this quarter", None);
            await Settle(apply, reject);

            var (wasUnrecorded, wasApplied) = await CheckAsync(proposal.Id, Value(race));
            unrecorded += wasUnrecorded ? 1 : 0;
            applied += wasApplied ? 1 : 0;
        }

        output.WriteLine($"{Races} production applies raced by a reject: {applied} applied, {Races - applied} rejected first, {unrecorded} production writes unrecorded");
        Assert.Equal(0, unrecorded);
        Assert.True((await _pipeline.Audit.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task ApplyToProductionAsync_RacedByEdits_NeverLeavesAProductionWriteUnrecorded()
    {
        var unrecorded = 0;
        var applied = 0;
        for (var race = 0; race < Races; race++)
        {
            var proposal = await _pipeline.ApprovedAsync(Value(race));
            var apply = _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
            var edit = _pipeline.Service.EditAsync(proposal.Id, ProposalPipeline.Engineer, "0.5", null, false, None);
            await Settle(apply, edit);

            var (wasUnrecorded, wasApplied) = await CheckAsync(proposal.Id, Value(race));
            unrecorded += wasUnrecorded ? 1 : 0;
            applied += wasApplied ? 1 : 0;
            if (!wasApplied) await _pipeline.Service.AbandonAsync(proposal.Id, ProposalPipeline.Engineer, "race over", None);
        }

        output.WriteLine($"{Races} production applies raced by an edit: {applied} applied, {Races - applied} edited first, {unrecorded} production writes unrecorded");
        Assert.Equal(0, unrecorded);
    }

    [Fact]
    public async Task ApplyToProductionAsync_InterruptedAfterTheStoreWrite_IsCompletedByTheRecoveryWithAnEntryNamingThePerson()
    {
        var proposal = await _pipeline.ApprovedAsync();
        _stores.Interrupt = Fault.AfterWrite;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = Fault.None;

        Assert.Contains("stays claimed by Erin Engineer", error.Message);
        var claimed = (await _pipeline.Queries.GetAsync(proposal.Id, None))!;
        Assert.Equal((ProposalState.Approved, ProposalPipeline.Engineer.UserId), (claimed.State, claimed.Claim!.ActorId));
        var rejected = await Assert.ThrowsAsync<DomainException>(() => _pipeline.Service.RejectAsync(proposal.Id, ProposalPipeline.Approver, "too late", None));
        Assert.Contains("is writing this proposal's change to production", rejected.Message);

        _pipeline.Time.Advance(TimeSpan.FromMinutes(3));
        var settled = await _pipeline.Recovery(TimeSpan.FromMinutes(2)).ResolveAllAsync(None);

        var stored = (await _pipeline.Queries.GetAsync(proposal.Id, None))!;
        Assert.Equal(1, settled);
        Assert.Equal(ProposalState.AppliedToProduction, stored.State);
        Assert.Null(stored.Claim);
        Assert.Equal((await _pipeline.StoreClient.GetSettingAsync(ProposalPipeline.Key, "production")).ETag, stored.ProductionApply!.NewETag);
        Assert.StartsWith("Completed after an interruption: Erin Engineer started to apply to production", stored.Events[^1].Description);
        var audit = await _pipeline.Audit.VerifyAsync(None);
        Assert.True(audit.IsIntact, audit.Message);
        Assert.Equal(stored.Events.Count, audit.EntriesChecked);
    }

    [Fact]
    public async Task ApplyToProductionAsync_InterruptedBeforeTheStoreWrite_IsReleasedSayingNothingWasWritten_AndCanBeAppliedAgain()
    {
        var proposal = await _pipeline.ApprovedAsync();
        _stores.Interrupt = Fault.BeforeWrite;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = Fault.None;

        _pipeline.Time.Advance(TimeSpan.FromMinutes(3));
        var opened = await _pipeline.Recovery(TimeSpan.FromMinutes(2)).OpenAsync(proposal.Id, ProposalPipeline.Approver, None);

        Assert.Equal(ProposalState.Approved, opened!.State);
        Assert.Null(opened.Claim);
        Assert.Contains("nothing was written; recorded by Avery Approver", opened.Events[^1].Description);
        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
        var applied = await _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        Assert.Equal(ProposalState.AppliedToProduction, applied.State);
    }

    [Fact]
    public async Task OpenAsync_ClaimYoungerThanTheTimeout_LeavesTheWriteInFlightAlone()
    {
        var proposal = await _pipeline.ApprovedAsync();
        _stores.Interrupt = Fault.BeforeWrite;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = Fault.None;

        var opened = await _pipeline.Recovery(TimeSpan.FromMinutes(2)).OpenAsync(proposal.Id, ProposalPipeline.Approver, None);

        Assert.NotNull(opened!.Claim);
    }

    [Fact]
    public async Task RollBackAsync_InterruptedAfterTheStoreWrite_IsCompletedAsARollback()
    {
        var proposal = await _pipeline.ApprovedAsync();
        await _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None);
        _stores.Interrupt = Fault.AfterWrite;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.RollBackAsync(proposal.Id, ProposalPipeline.Engineer, None));
        _stores.Interrupt = Fault.None;

        _pipeline.Time.Advance(TimeSpan.FromMinutes(3));
        await _pipeline.Recovery(TimeSpan.FromMinutes(2)).ResolveAllAsync(None);

        var stored = (await _pipeline.Queries.GetAsync(proposal.Id, None))!;
        Assert.Equal(ProposalState.RolledBack, stored.State);
        Assert.Equal("0.08", await _pipeline.ValueAsync("production"));
    }

    [Fact]
    public async Task ApplyToProductionAsync_TwentyInterruptionsInTheGap_LeaveNoProductionWriteUnrecorded()
    {
        var unrecorded = 0;
        var recovery = _pipeline.Recovery(TimeSpan.FromMinutes(2));
        for (var kill = 0; kill < Interruptions; kill++)
        {
            var proposal = await _pipeline.ApprovedAsync(Value(kill));
            _stores.Interrupt = kill % 2 == 0 ? Fault.AfterWrite : Fault.BeforeWrite;
            await Assert.ThrowsAsync<InvalidOperationException>(() => _pipeline.Service.ApplyToProductionAsync(proposal.Id, ProposalPipeline.Engineer, None));
            _stores.Interrupt = Fault.None;
            _pipeline.Time.Advance(TimeSpan.FromMinutes(3));
            await recovery.ResolveAllAsync(None);

            var (wasUnrecorded, wasApplied) = await CheckAsync(proposal.Id, Value(kill));
            unrecorded += wasUnrecorded ? 1 : 0;
            Assert.Equal(kill % 2 == 0, wasApplied);
            if (!wasApplied) await _pipeline.Service.AbandonAsync(proposal.Id, ProposalPipeline.Engineer, "interrupted", None);
        }

        output.WriteLine($"{Interruptions} writes interrupted in the gap: {unrecorded} production writes unrecorded");
        Assert.Equal(0, unrecorded);
        Assert.True((await _pipeline.Audit.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task ApplyToStagingAsync_StagingMovedAfterTheClaim_ReleasesTheClaimAndRecordsTheConflict()
    {
        var proposal = await _pipeline.ProposeAsync();
        var staging = await _pipeline.StoreClient.GetSettingAsync(ProposalPipeline.Key, "staging");
        await _pipeline.StoreClient.SetSettingAsync(new Domain.ConfigStores.ConfigSettingWrite(ProposalPipeline.Key, "staging", "0.07"),
            Domain.ConfigStores.ConfigWriteCondition.IfUnchanged(staging.ETag!));

        await Assert.ThrowsAsync<ConflictException>(() => _pipeline.Service.ApplyToStagingAsync(proposal.Id, ProposalPipeline.Engineer, None));

        var stored = (await _pipeline.Queries.GetAsync(proposal.Id, None))!;
        Assert.Null(stored.Claim);
        Assert.NotNull(stored.StagingConflict);
        Assert.Equal([ProposalAction.ClaimWrite, ProposalAction.ResolveClaim, ProposalAction.RecordStagingConflict], stored.Events.Skip(1).Select(e => e.Action));
    }

    private static string Value(int race) => $"0.{1000 + race}";

    private static async Task Settle(params Task[] steps)
    {
        foreach (var step in steps)
        {
            try
            {
                await step;
            }
            catch (Exception refused) when (refused is ConflictException or DomainException)
            {
                // The loser of the race is refused; what matters is what the store and the proposal say afterwards.
            }
        }
    }

    /// <summary>Whether production holds this proposal's value without the proposal recording the write, and whether it was applied.</summary>
    private async Task<(bool Unrecorded, bool Applied)> CheckAsync(Guid id, string value)
    {
        var stored = (await _pipeline.Queries.GetAsync(id, None))!;
        var live = await _pipeline.ValueAsync("production") == value;
        var recorded = stored.State == ProposalState.AppliedToProduction && stored.Claim is null
            && stored.Events.Any(e => e.Action == ProposalAction.ApplyToProduction)
            && await AuditedAsync(id);
        return (live && !recorded, live && recorded);
    }

    private async Task<bool> AuditedAsync(Guid id)
    {
        await using var db = _pipeline.Database.Factory.CreateDbContext();
        var subject = $"proposal/{id}/";
        return db.AuditEntries.AsEnumerable().Any(e => e.Subject.StartsWith(subject, StringComparison.Ordinal) && e.Action == "proposal.apply-to-production");
    }
}
