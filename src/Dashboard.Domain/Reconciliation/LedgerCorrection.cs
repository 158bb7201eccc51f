namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// One change to one payment attempt. <see cref="ExpectedVersion"/> is the version the change was decided on (optimistic
/// concurrency); <see cref="IdempotencyKey"/> makes a repeated correction a no-op; <see cref="GatewayReference"/> is needed by
/// <see cref="LedgerCorrectionKind.RecordGatewayReference"/> only.
/// </summary>
public sealed record LedgerCorrection(
    string TransactionId,
    string ExpectedVersion,
    LedgerCorrectionKind Kind,
    string IdempotencyKey,
    string Reason,
    string? GatewayReference = null)
{
    /// <summary>The correction that records the ledger side of <paramref name="action"/>, or null when the action changes no ledger row.</summary>
    public static LedgerCorrectionKind? For(ReconciliationAction action) => action switch
    {
        ReconciliationAction.Capture => LedgerCorrectionKind.RecordCapture,
        ReconciliationAction.Cancel => LedgerCorrectionKind.MarkFailed,
        ReconciliationAction.Refund => LedgerCorrectionKind.MarkRefunded,
        ReconciliationAction.ConfirmLedger => LedgerCorrectionKind.ConfirmOrder,
        ReconciliationAction.MarkFailed => LedgerCorrectionKind.MarkFailed,
        ReconciliationAction.CorrectLedger => LedgerCorrectionKind.RevertToUnpaid,
        ReconciliationAction.LookupByReference => LedgerCorrectionKind.RecordGatewayReference,
        _ => null,
    };
}
