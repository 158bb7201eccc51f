using Dashboard.Application.Audit;
using Dashboard.Application.Catalog;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Incidents;
using Dashboard.Application.Persistence;
using Dashboard.Application.Proposals;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Audit;
using Dashboard.Infrastructure.Persistence.Audit;
using Dashboard.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>
/// One DbContext for one operation. Saving stages the catalog's changes, bumps the concurrency version of every changed
/// aggregate, chains the audit records (added here or pending on tracked aggregates) and stores it all with one SaveChanges,
/// which is one transaction. A writer that took the next audit sequence first makes it retry with the one after.
/// </summary>
internal sealed class EfUnitOfWork(DashboardDbContext db, AuditWriter auditWriter) : IUnitOfWork, IAuditTrail
{
    public const string VersionProperty = "Version";
    private const int SaveAttempts = 5;

    private readonly List<AuditRecord> _records = [];
    private EfCatalogRepository? _catalog;
    private EfIncidentRepository? _incidents;

    public IProposalRepository Proposals => field ??= new EfProposalRepository(db);
    public ICatalogRepository Catalog => _catalog ??= new EfCatalogRepository(db);
    public IChangeWatchRepository ChangeWatch => field ??= new EfChangeWatchRepository(db);
    public IIncidentRepository Incidents => _incidents ??= new EfIncidentRepository(db);
    public IReconciliationRunRepository ReconciliationRuns => field ??= new EfReconciliationRunRepository(db);
    public IGatePolicyRepository GatePolicies => field ??= new EfGatePolicyRepository(db);
    public IAuditTrail Audit => this;

    public void Record(AuditRecord record) => _records.Add(record);

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        _catalog?.StageChanges();
        _incidents?.StageChanges();
        var aggregates = db.ChangeTracker.Entries().Select(e => e.Entity).OfType<IAuditedAggregate>().Distinct().ToList();
        BumpVersions(aggregates);
        List<AuditRecord> records = [.. _records, .. aggregates.SelectMany(a => a.PendingAuditRecords)];
        for (var attempt = 1; ; attempt++)
        {
            var entries = await auditWriter.AppendAsync(db, records, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                // The entries are committed: the anchor must follow even if the caller has gone away.
                await auditWriter.AnchorAsync(entries, CancellationToken.None);
                break;
            }
            catch (DbUpdateConcurrencyException error)
            {
                throw new ConcurrentChangeException("What this step changed was saved by someone else since it was read.", error);
            }
            catch (DbUpdateException error)
            {
                foreach (var entry in entries) db.Entry(entry).State = EntityState.Detached;
                // A child row (a proposal's next event) can collide before the parent's version check runs: same cause.
                if (await AnyVersionMovedAsync(cancellationToken))
                    throw new ConcurrentChangeException("What this step changed was saved by someone else since it was read.", error);
                // Otherwise another writer took the next audit sequence first: chain again after its entry.
                if (entries.Count == 0 || attempt >= SaveAttempts) throw;
            }
        }
        _records.Clear();
        foreach (var aggregate in aggregates) aggregate.ClearPendingAuditRecords();
    }

    private async Task<bool> AnyVersionMovedAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Added && e.Metadata.FindProperty(VersionProperty) is not null).ToList())
        {
            var stored = await entry.GetDatabaseValuesAsync(cancellationToken);
            if (stored is null || !Equals(stored[VersionProperty], entry.Property(VersionProperty).OriginalValue)) return true;
        }
        return false;
    }

    /// <summary>Every changed entity with a version token gets the next version, so a concurrent save of the same one fails.</summary>
    private void BumpVersions(IReadOnlyCollection<IAuditedAggregate> aggregates)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            // Only the hidden version tokens: an aggregate with a version of its own (a store snapshot) counts it itself.
            if (entry.Metadata.FindProperty(VersionProperty) is not { } versionProperty || !versionProperty.IsShadowProperty()) continue;
            var changed = entry.State == EntityState.Modified
                || (entry.State == EntityState.Unchanged && entry.Entity is IAuditedAggregate { PendingAuditRecords.Count: > 0 })
                || entry.References.Any(r => r.TargetEntry?.State is EntityState.Modified or EntityState.Added)
                || entry.Collections.Any(c => c.CurrentValue?.Cast<object>().Any(o => db.Entry(o).State is EntityState.Modified or EntityState.Added or EntityState.Deleted) == true);
            if (!changed) continue;
            var version = entry.Property(VersionProperty);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
