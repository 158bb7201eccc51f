namespace Dashboard.Domain.Reconciliation;

/// <summary>Why the ledger refused a request.</summary>
public enum LedgerErrorKind
{
    /// <summary>Ledger writes are switched off by configuration.</summary>
    ReadOnly,
    /// <summary>The row changed since it was read (optimistic concurrency).</summary>
    Conflict,
    /// <summary>No such transaction.</summary>
    NotFound,
    /// <summary>The correction does not fit the transaction (e.g. recording a reference without one).</summary>
    InvalidCorrection,
}
