namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>How the demo's 847 transactions got stuck in the outage, and the decision row each must land on.</summary>
public enum StuckKind
{
    /// <summary>Captured at the gateway; the billing API died before confirming the order. → confirm-captured.</summary>
    CapturedNotConfirmed,
    /// <summary>Authorised; the capture call never went out. → capture-and-confirm.</summary>
    AuthorisedNeverCaptured,
    /// <summary>A retry without an idempotency key charged the order a second time. → refund-extra-capture.</summary>
    CapturedTwice,
    /// <summary>The create call timed out after the gateway accepted it, so its reference was never stored. → missing-reference.</summary>
    GatewayReferenceMissing,
    /// <summary>Authorised on a short-lived authorisation that lapsed before anyone captured it. → canceled-at-gateway.</summary>
    AuthorisationExpired,
    /// <summary>Authorised at the new tax rate while the ledger kept the old amount. → amount-mismatch.</summary>
    AmountMismatch,
    /// <summary>Captured, never confirmed, and the customer disputed the charge. → disputed.</summary>
    Disputed,
}
