using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>Reconciliation runs with their transactions and events, loaded whole and tracked by the unit of work.</summary>
public interface IReconciliationRunRepository
{
    Task<ReconciliationRun?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(ReconciliationRun run);
}
