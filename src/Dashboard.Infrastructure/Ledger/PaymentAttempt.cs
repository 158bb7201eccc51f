using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>One attempt to pay an order: the billing service's idempotency key, the gateway's reference once known, amounts in minor units.</summary>
public sealed class PaymentAttempt
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public string? GatewayReference { get; set; }
    public string MerchantReference { get; set; } = "";
    public long Amount { get; set; }
    public string Currency { get; set; } = "";
    public LedgerState State { get; set; }
    public DateTimeOffset AttemptedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Concurrency token: bumped by every change.</summary>
    public long Version { get; set; }
}
