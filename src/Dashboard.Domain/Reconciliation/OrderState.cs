namespace Dashboard.Domain.Reconciliation;

/// <summary>The state of the order a payment attempt pays for, in the billing ledger.</summary>
public enum OrderState
{
    AwaitingPayment,
    Confirmed,
    Cancelled,
    Duplicate,
}
