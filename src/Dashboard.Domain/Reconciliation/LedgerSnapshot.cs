namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// What the billing ledger says about one payment attempt: its state, its order's state, amount in minor units, whether a
/// billing confirmation records this attempt as the order's payment, whether the gateway's reference was recorded, and when the
/// attempt was made (the processing SLA counts from it).
/// </summary>
public sealed record LedgerSnapshot(
    LedgerState State,
    OrderState OrderState,
    long Amount,
    string Currency,
    bool Confirmed,
    bool HasGatewayReference,
    DateTimeOffset? AttemptedAt = null);
