namespace Dashboard.Domain.Reconciliation;

/// <summary>A ledger transaction with the fresh gateway snapshot it was classified against and the table's answer.</summary>
public sealed record ClassifiedTransaction(LedgerTransaction Transaction, GatewaySnapshot Gateway, Classification Classification);
