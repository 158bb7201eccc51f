using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>Reconciliation runs with their transactions and events, loaded whole and tracked by the unit of work.</summary>
public interface IReconciliationRunRepository
{
    Task<ReconciliationRun?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The run for one execution step: its header and events with only the next two transactions to act on, so a step's cost
    /// does not grow with the run (see <see cref="ReconciliationRun.LoadedForOneStep"/>); the whole run when it is not executing
    /// or fewer than two remain, so its last outcome completes it.
    /// </summary>
    Task<ReconciliationRun?> FindForStepAsync(Guid id, CancellationToken cancellationToken);

    void Add(ReconciliationRun run);
}
