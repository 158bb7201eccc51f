namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// The billing service's ledger, seen by reconciliation: find stuck transactions, read one fresh, and correct it under
/// optimistic concurrency. Corrections are refused with <see cref="LedgerErrorKind.ReadOnly"/> unless writes were switched on.
/// </summary>
public interface ILedger
{
    /// <summary>True when <see cref="ApplyAsync"/> may write; false means every correction is refused.</summary>
    bool AllowsWrites { get; }

    /// <summary>How many transactions match, and the first <paramref name="take"/> of them, oldest attempt first.</summary>
    Task<LedgerFindResult> FindAsync(ReconciliationCriteria criteria, DateTimeOffset now, int take, CancellationToken cancellationToken = default);

    /// <summary>One transaction read now (never from a cache), or null when it does not exist.</summary>
    Task<LedgerTransaction?> GetAsync(string transactionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a correction if the transaction still has <see cref="LedgerCorrection.ExpectedVersion"/>; throws
    /// <see cref="LedgerException"/> with <see cref="LedgerErrorKind.Conflict"/> when it changed, and does nothing (answering
    /// <see cref="LedgerCorrectionResult.AlreadyApplied"/>) when the same idempotency key was applied before.
    /// </summary>
    Task<LedgerCorrectionResult> ApplyAsync(LedgerCorrection correction, CancellationToken cancellationToken = default);
}
