namespace Dashboard.Domain.Reconciliation;

/// <summary>How many transactions get one action in one currency, and their amount in minor units.</summary>
public sealed record CurrencyTotal(string Currency, ReconciliationAction Action, int Count, long Amount)
{
    /// <summary>Captures and refunds move money; the approval threshold counts them.</summary>
    public bool MovesMoney => Action is ReconciliationAction.Capture or ReconciliationAction.Refund;
}
