using System.Text.Json;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Proposals;

/// <summary>
/// Finds changes to the config stores that the pipeline did not write (an edit in the Azure portal, a script) and records
/// each once, with an audit entry. A store's history is read from a per-store checkpoint; the first run only sets it,
/// so what the store held before the dashboard watched it is not flagged.
/// </summary>
public sealed class OutOfBandChangeDetector(
    IDbContextFactory<DashboardDbContext> contexts,
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

    public async Task<BypassedChangePage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 1)
            throw new ProposalInputException("page", $"Page {page} does not exist: pages count from 1.");
        if (pageSize is < 1 or > MaxPageSize)
            throw new ProposalInputException("pageSize", $"A page holds 1 to {MaxPageSize} changes; {pageSize} was asked.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.BypassedChanges.CountAsync(cancellationToken);
        var items = await db.BypassedChanges.AsNoTracking().OrderByDescending(b => b.At)
            .ThenByDescending(b => EF.Property<long>(b, Persistence.Configurations.BypassedChangeConfiguration.IdProperty))
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new BypassedChangePage(items, page, pageSize, total);
    }

    private async Task<IReadOnlyList<BypassedChange>> DetectAsync(ConfigStore store, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.ChangeWatchCheckpoints.SingleOrDefaultAsync(c => c.Store == store.Name, cancellationToken);
        var changes = await ReadChangesSinceAsync(stores.For(store), store.Name, checkpoint?.LastSeen, cancellationToken);
        if (checkpoint is null)
        {
            // First look at this store: remember where its history stands, flag nothing.
            db.ChangeWatchCheckpoints.Add(new ChangeWatchCheckpoint(store.Name, changes.Count > 0 ? changes.Max(c => c.At) : DateTimeOffset.MinValue));
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        if (changes.Count == 0) return [];

        var bypasses = await WithoutPipelineWritesAsync(db, store.Name, changes, cancellationToken);
        bypasses = await WithoutRecordedAsync(db, bypasses, cancellationToken);
        db.BypassedChanges.AddRange(bypasses);
        await AppendAuditAsync(db, bypasses, cancellationToken);
        checkpoint.MoveTo(changes.Max(c => c.At));
        // One SaveChanges: the bypasses, their audit entries and the new checkpoint are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return bypasses;
    }

    /// <summary>The changes after <paramref name="since"/>, oldest first. Only the local store says who made a change.</summary>
    private static async Task<List<BypassedChange>> ReadChangesSinceAsync(
        IConfigStoreClient client, string storeName, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        List<BypassedChange> changes = [];
        if (client is LocalConfigStore local)
        {
            await foreach (var entry in local.ListHistoryAsync(ConfigSettingFilter.All, cancellationToken))
            {
                if (entry.Timestamp <= since) break;
                var isDelete = entry.Change == LocalChangeKind.Delete;
                changes.Add(new BypassedChange(storeName, entry.Setting.Key, entry.Setting.Label, entry.Timestamp, entry.Actor,
                    isDelete ? null : entry.Setting.ETag, isDelete));
            }
        }
        else
        {
            await foreach (var revision in client.ListRevisionsAsync(ConfigSettingFilter.All, cancellationToken))
            {
                // Revisions come newest first; the first one not after the checkpoint ends the new part.
                if (revision.LastModified is not { } at || at <= since) break;
                changes.Add(new BypassedChange(storeName, revision.Key, revision.Label, at, null, revision.ETag, false));
            }
        }
        changes.Reverse();
        return changes;
    }

    /// <summary>Drops the changes the pipeline made: its staging and production writes, and its rollbacks.</summary>
    private static async Task<List<BypassedChange>> WithoutPipelineWritesAsync(
        DashboardDbContext db, string storeName, List<BypassedChange> changes, CancellationToken cancellationToken)
    {
        var keys = changes.Select(c => c.Key).Distinct().ToList();
        // Only the proposals for the changed keys: the ETags live in JSON columns, so they are read in memory.
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.Target.Store == storeName && keys.Contains(p.Target.Key))
            .ToListAsync(cancellationToken);
        var written = proposals
            .SelectMany(p => new[] { p.StagingApply?.NewETag, p.ProductionApply?.NewETag, p.RollbackETag })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var deleted = proposals.SelectMany(PipelineDeletes).ToHashSet();
        return [.. changes.Where(c => c.IsDelete ? !deleted.Contains((c.Key, c.Label)) : c.NewETag is null || !written.Contains(c.NewETag))];
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
    private static async Task<List<BypassedChange>> WithoutRecordedAsync(DashboardDbContext db, List<BypassedChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0) return changes;
        var store = changes[0].Store;
        var keys = changes.Select(c => c.Key).Distinct().ToList();
        var recorded = await db.BypassedChanges.AsNoTracking()
            .Where(b => b.Store == store && keys.Contains(b.Key))
            .Select(b => new { b.Key, b.Label, b.NewETag, b.At })
            .ToListAsync(cancellationToken);
        return [.. changes.Where(c => !recorded.Any(r => r.Key == c.Key && r.Label == c.Label && r.NewETag == c.NewETag && (r.NewETag is not null || r.At == c.At)))];
    }

    private static async Task AppendAuditAsync(DashboardDbContext db, List<BypassedChange> bypasses, CancellationToken cancellationToken)
    {
        if (bypasses.Count == 0) return;
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var chain = AuditChain.Resume(last);
        foreach (var bypass in bypasses)
        {
            var subject = Truncate($"config/{bypass.Store}/{bypass.Key}/{bypass.Label ?? "(null)"}", AuditChain.MaxFieldLength);
            var after = JsonSerializer.Serialize(new { bypass.NewETag, bypass.IsDelete, Description = "Changed outside the pipeline." }, JsonSerializerOptions.Web);
            db.AuditEntries.Add(chain.Append(bypass.At, Truncate(bypass.Actor ?? UnknownAuditActor, AuditChain.MaxFieldLength), AuditAction, subject, null, after));
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
