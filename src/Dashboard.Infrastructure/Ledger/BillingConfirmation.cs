namespace Dashboard.Infrastructure.Ledger;

/// <summary>The record that an order is paid, and by which attempt; one per order.</summary>
public sealed class BillingConfirmation
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public long PaymentAttemptId { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
}
