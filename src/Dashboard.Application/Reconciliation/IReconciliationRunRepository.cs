using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>Reconciliation runs with their transactions and events, loaded whole and tracked by the unit of work.</summary>
public interface IReconciliationRunRepository
{
    Task<ReconciliationRun?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The run for recording what execution did to the transactions at <paramref name="positions"/>: its header and events with
    /// only those transactions and one more still to act on, so the cost does not grow with the run and the record cannot
    /// complete it (see <see cref="ReconciliationRun.LoadedForOneStep"/>); the whole run when it is not executing or no other
    /// transaction remains, so the last outcome completes it.
    /// </summary>
    Task<ReconciliationRun?> FindForItemsAsync(Guid id, IReadOnlyCollection<int> positions, CancellationToken cancellationToken);

    /// <summary>
    /// Copies (not tracked) of an executing run's transactions still to act on after <paramref name="afterPosition"/>, in plan
    /// order, at most <paramref name="take"/>; none when the run is not executing.
    /// </summary>
    Task<IReadOnlyList<ReconciliationItem>> PendingItemsAsync(Guid id, int afterPosition, int take, CancellationToken cancellationToken);

    /// <summary>True when the run paused itself until the gateway answers again (<see cref="ReconciliationRun.ResumesByItself"/>), read without its transactions.</summary>
    Task<bool> AwaitsGatewayAsync(Guid id, CancellationToken cancellationToken);

    void Add(ReconciliationRun run);
}
