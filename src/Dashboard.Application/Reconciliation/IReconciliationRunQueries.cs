namespace Dashboard.Application.Reconciliation;

/// <summary>The read side of reconciliation runs: summaries without their transactions.</summary>
public interface IReconciliationRunQueries
{
    /// <summary>The newest runs first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<ReconciliationRunSummary>> ListAsync(int take, CancellationToken cancellationToken);

    /// <summary>Runs with background work to do: found (to classify), executing, or paused until the gateway answers again (to resume).</summary>
    Task<IReadOnlyList<ReconciliationRunSummary>> ActiveAsync(CancellationToken cancellationToken);

    /// <summary>The run's state and its actionable transactions' results only; null when there is no such run.</summary>
    Task<RunResults?> ResultsAsync(Guid id, CancellationToken cancellationToken);
}
