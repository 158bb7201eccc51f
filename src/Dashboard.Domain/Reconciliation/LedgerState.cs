namespace Dashboard.Domain.Reconciliation;

/// <summary>A payment attempt's state in the billing ledger.</summary>
public enum LedgerState
{
    Pending,
    Authorized,
    Captured,
    Failed,
    Refunded,
}
