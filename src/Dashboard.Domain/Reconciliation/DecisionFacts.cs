namespace Dashboard.Domain.Reconciliation;

/// <summary>The facts a decision row tests, derived once from both snapshots, the time of classification and the processing SLA.</summary>
public sealed record DecisionFacts(
    GatewayStatus Status,
    bool Disputed,
    bool AmountsMatch,
    bool FullyCaptured,
    CaptureCount Captures,
    RefundState Refunds,
    AuthorizationWindow Authorization,
    ProcessingAge Processing,
    LedgerState LedgerState,
    OrderState OrderState,
    bool Confirmed,
    bool HasGatewayReference)
{
    public static DecisionFacts From(GatewaySnapshot gateway, LedgerSnapshot ledger, DateTimeOffset now, TimeSpan processingSla) => new(
        gateway.Status,
        gateway.Disputed,
        gateway.Amount == ledger.Amount && string.Equals(gateway.Currency, ledger.Currency, StringComparison.OrdinalIgnoreCase),
        gateway.AmountCaptured == gateway.Amount,
        gateway.Captures switch { <= 0 => CaptureCount.None, 1 => CaptureCount.One, _ => CaptureCount.Several },
        gateway.AmountRefunded switch
        {
            <= 0 => RefundState.None,
            var refunded when refunded >= gateway.AmountCaptured => RefundState.Full,
            _ => RefundState.Partial,
        },
        gateway.AuthorizationExpiresAt switch
        {
            null => AuthorizationWindow.Unknown,
            var expires when now < expires => AuthorizationWindow.Open,
            _ => AuthorizationWindow.Expired,
        },
        ledger.AttemptedAt switch
        {
            null => ProcessingAge.Unknown,
            var attempted when now - attempted < processingSla => ProcessingAge.WithinSla,
            _ => ProcessingAge.BeyondSla,
        },
        ledger.State,
        ledger.OrderState,
        ledger.Confirmed,
        ledger.HasGatewayReference);
}
