using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>A correction reconciliation applied; its unique idempotency key makes a repeated correction a no-op.</summary>
public sealed class LedgerCorrectionEntry
{
    public long Id { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public long PaymentAttemptId { get; set; }
    public LedgerCorrectionKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset AppliedAt { get; set; }
    public long VersionAfter { get; set; }
}
