namespace Dashboard.Domain.Reconciliation;

/// <summary>The actions the decision table proposes for one transaction, the row that chose them and its rule in words.</summary>
public sealed record Classification(string RowId, IReadOnlyList<ReconciliationAction> Actions, string Rule)
{
    /// <summary>True when no row covered the combination and the transaction was escalated rather than guessed at.</summary>
    public bool IsUnknownCombination => RowId == DecisionTable.UnknownCombinationRowId;
}
