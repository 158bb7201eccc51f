using Dashboard.Application.Audit;
using Dashboard.Application.Catalog;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Incidents;
using Dashboard.Application.Proposals;
using Dashboard.Application.Reconciliation;

namespace Dashboard.Application.Persistence;

/// <summary>
/// One operation on the dashboard's database: what its repositories load is tracked, and <see cref="SaveAsync"/> stores every
/// change with its audit entries in one transaction. Short-lived: begin one per step, never keep one for a page's life.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    IProposalRepository Proposals { get; }
    ICatalogRepository Catalog { get; }
    IChangeWatchRepository ChangeWatch { get; }
    IIncidentRepository Incidents { get; }
    IReconciliationRunRepository ReconciliationRuns { get; }
    IGatePolicyRepository GatePolicies { get; }
    /// <summary>Records added here, and those pending on saved aggregates, are written by <see cref="SaveAsync"/>.</summary>
    IAuditTrail Audit { get; }

    /// <exception cref="ConcurrentChangeException">Something this unit of work changed was saved by someone else since it was read.</exception>
    Task SaveAsync(CancellationToken cancellationToken);
}
