namespace Dashboard.Domain.Reconciliation;

/// <summary>One call of the plan, in execution order, exactly as the preview shows it and the executor makes it.</summary>
public sealed record PlannedCall(
    int Sequence,
    string TransactionId,
    string MerchantReference,
    string? GatewayReference,
    ReconciliationAction Action,
    CallTarget Target,
    long Amount,
    string Currency,
    string IdempotencyKey);
