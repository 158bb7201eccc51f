namespace Dashboard.Domain.Reconciliation;

/// <summary>How many ledger transactions match the criteria, and the first of them (oldest attempt first).</summary>
public sealed record LedgerFindResult(long Count, IReadOnlyList<LedgerTransaction> Transactions);
