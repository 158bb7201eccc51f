namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// One row of the decision table: when the gateway and the ledger match, the listed actions are taken in order, for the
/// reason given in <see cref="Rule"/>. An empty action list means the two sides agree and nothing is to be done.
/// </summary>
public sealed record DecisionRow(string Id, GatewayCondition Gateway, LedgerCondition Ledger, IReadOnlyList<ReconciliationAction> Actions, string Rule)
{
    public bool Matches(DecisionFacts facts) => Gateway.Matches(facts) && Ledger.Matches(facts);
}
