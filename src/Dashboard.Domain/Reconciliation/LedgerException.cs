namespace Dashboard.Domain.Reconciliation;

/// <summary>The ledger refused a request; the message names the transaction and what to do.</summary>
public sealed class LedgerException(LedgerErrorKind kind, string message, Exception? innerException = null) : Exception(message, innerException)
{
    public LedgerErrorKind Kind { get; } = kind;
}
