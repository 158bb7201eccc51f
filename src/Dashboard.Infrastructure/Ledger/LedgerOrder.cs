using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>An order in the billing ledger; <see cref="OrderNumber"/> is the merchant reference the gateway knows it by.</summary>
public sealed class LedgerOrder
{
    public long Id { get; set; }
    public string OrderNumber { get; set; } = "";
    public OrderState State { get; set; }
    public long Amount { get; set; }
    public string Currency { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Concurrency token: bumped by every change.</summary>
    public long Version { get; set; }
}
