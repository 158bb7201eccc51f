namespace Dashboard.Domain.Reconciliation;

/// <summary>The changes reconciliation may make to the ledger.</summary>
public enum LedgerCorrectionKind
{
    /// <summary>The attempt was captured at the gateway: its state becomes captured.</summary>
    RecordCapture,
    /// <summary>The captured attempt pays its order: state captured, order confirmed, a billing confirmation added.</summary>
    ConfirmOrder,
    /// <summary>The attempt failed (cancelled, expired or declined): its state becomes failed.</summary>
    MarkFailed,
    /// <summary>The attempt was refunded at the gateway: its state becomes refunded.</summary>
    MarkRefunded,
    /// <summary>The ledger marked a declined attempt paid: the attempt becomes failed, the order awaits payment, its confirmation goes.</summary>
    RevertToUnpaid,
    /// <summary>Records the gateway reference found by merchant reference.</summary>
    RecordGatewayReference,
}
