namespace Dashboard.Domain.Reconciliation;

/// <summary>How much of a captured payment the gateway has refunded.</summary>
public enum RefundState
{
    None,
    Partial,
    Full,
}
