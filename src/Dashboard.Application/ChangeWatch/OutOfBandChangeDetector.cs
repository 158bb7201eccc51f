using Dashboard.Application.BlastRadius;
using Dashboard.Application.Errors;
using Dashboard.Application.Notifications;
using Dashboard.Application.Persistence;
using Dashboard.Domain;
using Dashboard.Domain.Audit;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

/// <summary>
/// Finds changes to the config stores that the pipeline did not write (an edit in the Azure portal, a script) and records
/// each once, with an audit entry. Each round compares every key and label of every store with the store's snapshot from
/// the last look (by ETag, whatever order the store lists in, deletes included); the first look only takes the snapshot.
/// A store that cannot be read keeps its snapshot, is reported, and does not stop the others. Each change keeps its old and
/// new value (masked for a secret) and its blast radius, and the webhooks are told about it once it is saved.
/// </summary>
public sealed class OutOfBandChangeDetector(
    IUnitOfWorkFactory units,
    IBypassedChangeQueries queries,
    ICatalogSource catalog,
    IConfigStoreClientFactory stores,
    ChangeWatchStatus status,
    TimeProvider time,
    IBlastRadiusService? blastRadius = null,
    IChangeNotifier? notifier = null)
{
    public const string AuditAction = "config.bypassed-pipeline";
    public const int MaxPageSize = 100;
    /// <summary>A script that rewrites thousands of keys at once gets the first ones read in full; the rest are still recorded.</summary>
    public const int MaxDetailedPerRound = 50;
    private const string UnknownAuditActor = "unknown (not reported by the store)";

    /// <summary>Looks at every store in the catalog once; returns the bypasses found in this round.</summary>
    public async Task<IReadOnlyList<BypassedChange>> DetectAsync(CancellationToken cancellationToken)
    {
        var loaded = await catalog.LoadAsync(cancellationToken);
        var observations = await StoreObserver.ObserveAsync(loaded.Stores, stores, cancellationToken);
        var now = time.GetUtcNow();

        await using var unit = await units.BeginAsync(cancellationToken);
        var snapshots = await unit.ChangeWatch.SnapshotsAsync(cancellationToken);
        var known = snapshots.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outcomes = ChangeWatchRound.Apply(snapshots, observations, now);
        foreach (var added in snapshots.Where(s => !known.Contains(s.Key))) unit.ChangeWatch.AddSnapshot(added.Value);
        status.Record(outcomes, now);

        List<BypassedChange> bypasses = [];
        foreach (var outcome in outcomes.Where(o => o.Changes.Count > 0))
        {
            var store = loaded.FindStore(outcome.Store)!;
            var found = await WithoutPipelineWritesAsync(unit, store, outcome.Changes, now, cancellationToken);
            bypasses.AddRange(await WithoutRecordedAsync(unit, store.Name, found, cancellationToken));
        }
        unit.ChangeWatch.AddBypassed(bypasses);
        foreach (var bypass in bypasses) unit.Audit.Record(AuditRecordOf(bypass));
        try
        {
            // One save: the bypasses, their audit entries and the moved snapshots are stored together or not at all.
            await unit.SaveAsync(cancellationToken);
        }
        catch (ConcurrentChangeException)
        {
            // Another dashboard instance took the same look first and recorded these changes: record nothing twice.
            return [];
        }
        // Told only once saved, so a change is announced once even when several instances watch.
        foreach (var bypass in bypasses) notifier?.Notify(BypassedChangeNotification.For(bypass));
        return bypasses;
    }

    public Task<BypassedChangePage> ListAsync(int page, int pageSize, CancellationToken cancellationToken, string? key = null)
    {
        if (page < 1)
            throw new InputException("page", $"Page {page} does not exist: pages count from 1.");
        if (pageSize is < 1 or > MaxPageSize)
            throw new InputException("pageSize", $"A page holds 1 to {MaxPageSize} changes; {pageSize} was asked.");
        return queries.ListAsync(page, pageSize, string.IsNullOrWhiteSpace(key) ? null : key.Trim(), cancellationToken);
    }

    /// <summary>Drops the changes the pipeline made (its staging and production writes, its rollbacks) and says who made the rest.</summary>
    private async Task<List<BypassedChange>> WithoutPipelineWritesAsync(
        IUnitOfWork unit, ConfigStore store, IReadOnlyList<ObservedChange> changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var proposals = await unit.Proposals.ForKeysAsync(store.Name, [.. changes.Select(c => c.Key).Distinct()], cancellationToken);
        var written = proposals
            .SelectMany(p => new[] { p.StagingApply?.NewETag, p.StagingApply?.RestoredETag, p.ProductionApply?.NewETag, p.RollbackETag })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var deleted = proposals.SelectMany(PipelineDeletes).ToHashSet();
        var claimed = proposals.Where(p => p.Claim is not null).ToList();
        var client = stores.For(store);
        List<BypassedChange> bypasses = [];
        var detailed = 0;
        foreach (var change in changes)
        {
            var isDelete = change.Kind == ObservedChangeKind.Deleted;
            if (isDelete ? deleted.Contains((change.Key, change.Label)) : written.Contains(change.NewETag!)) continue;
            if (claimed.Count > 0 && await IsClaimedWriteAsync(client, claimed, change, cancellationToken)) continue;
            var actor = await client.FindActorAsync(change.Key, change.Label, change.ETag, isDelete, cancellationToken);
            // The store keeps no time for a delete: it happened since the last look.
            var at = isDelete ? now : change.LastModified ?? now;
            if (++detailed > MaxDetailedPerRound)
            {
                var plain = new BypassedChange(store.Name, change.Key, change.Label, at, actor, change.NewETag, isDelete);
                plain.RecordRadiusUnavailable($"Not computed: more than {MaxDetailedPerRound} changes were found at once; preview the key on the Propose page.");
                bypasses.Add(plain);
                continue;
            }
            var (before, after) = await BypassedValueReader.ReadAsync(client, change, cancellationToken);
            var bypass = new BypassedChange(store.Name, change.Key, change.Label, at, actor, change.NewETag, isDelete, before, after);
            await RecordRadiusAsync(bypass, store, after, cancellationToken);
            bypasses.Add(bypass);
        }
        return bypasses;
    }

    /// <summary>The change's radius with the analysis the Propose page uses, for the environment its label belongs to.</summary>
    private async Task RecordRadiusAsync(BypassedChange bypass, ConfigStore store, ObservedSetting? after, CancellationToken cancellationToken)
    {
        if (blastRadius is null)
        {
            bypass.RecordRadiusUnavailable("Not computed: no blast-radius analysis runs in this host.");
            return;
        }
        if (store.Bindings.FirstOrDefault(b => string.Equals(b.Label, bypass.Label, StringComparison.Ordinal)) is not { } binding)
        {
            bypass.RecordRadiusUnavailable($"Not computed: {ConfigLabel.Describe(bypass.Label)} is not bound to an environment of store '{store.Name}' in the catalog.");
            return;
        }
        var change = bypass.IsDelete ? ProposedChange.Delete(store.Name, bypass.Key, bypass.Label)
            : after is { Exists: true } ? ProposedChange.Set(store.Name, bypass.Key, bypass.Label, after.Value ?? "", after.ContentType)
            : ProposedChange.AnyChange(store.Name, bypass.Key, bypass.Label);
        try
        {
            var radius = await blastRadius.AnalyzeAsync(change, binding.Environment, validatedInStaging: false, cancellationToken);
            bypass.RecordRadius(radius.RiskLevel, radius.Affected.Select(a => a.Service));
        }
        catch (Exception error) when (error is DomainException or ConfigStoreException)
        {
            // The change is recorded whatever the analysis says: a radius that cannot be computed must not hide the bypass.
            bypass.RecordRadiusUnavailable($"Not computed: {error.Message}");
        }
    }

    /// <summary>
    /// A write in flight, or interrupted and awaiting recovery, has no ETag on its proposal yet: the change is the pipeline's when
    /// what the store holds in that version is exactly what an open claim on that key and label writes.
    /// </summary>
    private static async Task<bool> IsClaimedWriteAsync(
        IConfigStoreClient client, List<Proposal> claimed, ObservedChange change, CancellationToken cancellationToken)
    {
        var claims = claimed.Where(p => p.HasClaimOn(change.Key, change.Label)).Select(p => p.Claim!).ToList();
        if (claims.Count == 0) return false;
        var found = ObservedSetting.Absent;
        if (change.Kind != ObservedChangeKind.Deleted)
        {
            var read = await client.GetSettingAsync(change.Key, change.Label, cancellationToken: cancellationToken);
            // Only the version this change saw counts: a later write is judged in the next round.
            if (read.Setting is not { } setting || !string.Equals(setting.ETag, change.NewETag, StringComparison.Ordinal)) return false;
            found = new ObservedSetting(setting.Value, setting.ContentType, setting.ETag);
        }
        return claims.Any(claim => claim.WasWritten(found));
    }

    // A delete has no new ETag to match: a delete of a key and label the pipeline was asked to delete counts as the pipeline's.
    private static IEnumerable<(string Key, string? Label)> PipelineDeletes(Proposal proposal)
    {
        if (proposal.ProposedValue.IsDelete && proposal.StagingApply is not null)
            yield return (proposal.Target.Key, proposal.Target.StagingLabel);
        if (proposal.ProposedValue.IsDelete && proposal.ProductionApply is not null)
            yield return (proposal.Target.Key, proposal.Target.ProductionLabel);
        if (proposal.State == ProposalState.RolledBack && proposal.LastKnownGood is { Exists: false })
            yield return (proposal.Target.Key, proposal.Target.ProductionLabel);
        // Rollback and abandon delete a key from staging that this proposal created there.
        if (proposal.State is ProposalState.RolledBack or ProposalState.Abandoned && proposal.StagingToRestore is { Exists: false })
            yield return (proposal.Target.Key, proposal.Target.StagingLabel);
    }

    /// <summary>Drops the changes already recorded (a round that saved its findings but whose snapshot was then restored).</summary>
    private static async Task<List<BypassedChange>> WithoutRecordedAsync(
        IUnitOfWork unit, string storeName, List<BypassedChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0) return changes;
        var recorded = await unit.ChangeWatch.RecordedAsync(storeName, [.. changes.Select(c => c.Key).Distinct()], cancellationToken);
        return [.. changes.Where(c => !recorded.Any(r => r.Key == c.Key && r.Label == c.Label && r.NewETag == c.NewETag && (r.NewETag is not null || r.At == c.At)))];
    }

    // The values are stored masked for a secret already, so the audit entry carries only what the pages show.
    private static AuditRecord AuditRecordOf(BypassedChange bypass) => new(
        bypass.At,
        bypass.Actor ?? UnknownAuditActor,
        AuditAction,
        SubjectOf(bypass),
        bypass.ValuesKnown ? new AuditSide(Value: bypass.OldValue, ETag: bypass.OldETag) : null,
        new AuditSide(Value: bypass.NewValue, Description: bypass.IsDelete ? "Deleted outside the pipeline." : "Changed outside the pipeline.", ETag: bypass.NewETag));

    /// <summary>The audit subject of a key-value: the same for the change and for how it was handled, so its history reads together.</summary>
    public static string SubjectOf(BypassedChange bypass) => $"config/{bypass.Store}/{bypass.Key}/{bypass.Label ?? "(null)"}";
}
