using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>One generated payment attempt with its order; <see cref="Stuck"/> says how it got stuck, null for a healthy one.</summary>
public sealed record DemoLedgerTransaction(
    long AttemptId,
    long OrderId,
    string OrderNumber,
    string IdempotencyKey,
    string? GatewayReference,
    long Amount,
    string Currency,
    LedgerState State,
    OrderState OrderState,
    bool ConfirmsOrder,
    DateTimeOffset AttemptedAt,
    StuckKind? Stuck);
