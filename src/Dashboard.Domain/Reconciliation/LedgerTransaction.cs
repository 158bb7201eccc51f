namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// One payment attempt in the billing ledger with its order, as read now. <see cref="Version"/> is the attempt's concurrency
/// token: a correction must name it, so a row that changed since it was read is never overwritten.
/// <see cref="SiblingGatewayReferences"/> are the gateway references of the order's other attempts, to count its captures.
/// </summary>
public sealed record LedgerTransaction(
    string TransactionId,
    string OrderId,
    string MerchantReference,
    string? GatewayReference,
    string IdempotencyKey,
    long Amount,
    string Currency,
    LedgerState State,
    OrderState OrderState,
    bool Confirmed,
    DateTimeOffset AttemptedAt,
    DateTimeOffset UpdatedAt,
    string Version,
    IReadOnlyList<string> SiblingGatewayReferences)
{
    public LedgerSnapshot ToSnapshot() =>
        new(State, OrderState, Amount, Currency, Confirmed, !string.IsNullOrEmpty(GatewayReference), AttemptedAt);
}
