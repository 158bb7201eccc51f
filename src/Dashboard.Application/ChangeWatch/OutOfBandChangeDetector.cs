using Dashboard.Application.Errors;
using Dashboard.Application.Persistence;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

/// <summary>
/// Finds changes to the config stores that the pipeline did not write (an edit in the Azure portal, a script) and records
/// each once, with an audit entry. A store's history is read from a per-store checkpoint; the first run only sets it,
/// so what the store held before the dashboard watched it is not flagged.
/// </summary>
public sealed class OutOfBandChangeDetector(
    IUnitOfWorkFactory units,
    IBypassedChangeQueries queries,
    ICatalogSource catalog,
    IConfigStoreClientFactory stores)
{
    public const string AuditAction = "config.bypassed-pipeline";
    public const int MaxPageSize = 100;
    private const string UnknownAuditActor = "unknown (not reported by the store)";

    /// <summary>Checks every store in the catalog; returns the bypasses found in this run.</summary>
    public async Task<IReadOnlyList<BypassedChange>> DetectAsync(CancellationToken cancellationToken)
    {
        var loaded = await catalog.LoadAsync(cancellationToken);
        List<BypassedChange> found = [];
        foreach (var store in loaded.Stores)
            found.AddRange(await DetectAsync(store, cancellationToken));
        return found;
    }

    public Task<BypassedChangePage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 1)
            throw new InputException("page", $"Page {page} does not exist: pages count from 1.");
        if (pageSize is < 1 or > MaxPageSize)
            throw new InputException("pageSize", $"A page holds 1 to {MaxPageSize} changes; {pageSize} was asked.");
        return queries.ListAsync(page, pageSize, cancellationToken);
    }

    private async Task<IReadOnlyList<BypassedChange>> DetectAsync(ConfigStore store, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var checkpoint = await unit.ChangeWatch.CheckpointAsync(store.Name, cancellationToken);
        var changes = await stores.For(store).ListChangesSinceAsync(checkpoint?.LastSeen, cancellationToken);
        if (checkpoint is null)
        {
            // First look at this store: remember where its history stands, flag nothing.
            unit.ChangeWatch.AddCheckpoint(new ChangeWatchCheckpoint(store.Name, changes.Count > 0 ? changes.Max(c => c.At) : DateTimeOffset.MinValue));
            await unit.SaveAsync(cancellationToken);
            return [];
        }
        if (changes.Count == 0) return [];

        var bypasses = await WithoutPipelineWritesAsync(unit, store.Name, changes, cancellationToken);
        bypasses = await WithoutRecordedAsync(unit, store.Name, bypasses, cancellationToken);
        unit.ChangeWatch.AddBypassed(bypasses);
        foreach (var bypass in bypasses) unit.Audit.Record(AuditRecordOf(bypass));
        checkpoint.MoveTo(changes.Max(c => c.At));
        // One save: the bypasses, their audit entries and the new checkpoint are stored together or not at all.
        await unit.SaveAsync(cancellationToken);
        return bypasses;
    }

    /// <summary>Drops the changes the pipeline made: its staging and production writes, and its rollbacks.</summary>
    private static async Task<List<BypassedChange>> WithoutPipelineWritesAsync(
        IUnitOfWork unit, string storeName, IReadOnlyList<ConfigChange> changes, CancellationToken cancellationToken)
    {
        var proposals = await unit.Proposals.ForKeysAsync(storeName, [.. changes.Select(c => c.Key).Distinct()], cancellationToken);
        var written = proposals
            .SelectMany(p => new[] { p.StagingApply?.NewETag, p.ProductionApply?.NewETag, p.RollbackETag })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var deleted = proposals.SelectMany(PipelineDeletes).ToHashSet();
        return
        [
            .. changes
                .Where(c => c.IsDelete ? !deleted.Contains((c.Key, c.Label)) : c.NewETag is null || !written.Contains(c.NewETag))
                .Select(c => new BypassedChange(storeName, c.Key, c.Label, c.At, c.Actor, c.NewETag, c.IsDelete)),
        ];
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
    }

    /// <summary>Drops the changes already recorded, should a run have stopped after saving but before the checkpoint moved.</summary>
    private static async Task<List<BypassedChange>> WithoutRecordedAsync(
        IUnitOfWork unit, string storeName, List<BypassedChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0) return changes;
        var recorded = await unit.ChangeWatch.RecordedAsync(storeName, [.. changes.Select(c => c.Key).Distinct()], cancellationToken);
        return [.. changes.Where(c => !recorded.Any(r => r.Key == c.Key && r.Label == c.Label && r.NewETag == c.NewETag && (r.NewETag is not null || r.At == c.At)))];
    }

    private static AuditRecord AuditRecordOf(BypassedChange bypass) => new(
        bypass.At,
        bypass.Actor ?? UnknownAuditActor,
        AuditAction,
        $"config/{bypass.Store}/{bypass.Key}/{bypass.Label ?? "(null)"}",
        null,
        new AuditSide(Description: bypass.IsDelete ? "Deleted outside the pipeline." : "Changed outside the pipeline.", ETag: bypass.NewETag));
}
