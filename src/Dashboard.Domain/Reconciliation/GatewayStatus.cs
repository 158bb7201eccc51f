namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// A payment's status at the gateway, named as Stripe names a PaymentIntent's status (wire names in
/// <see cref="ReconciliationVocabulary"/>), plus <see cref="NotFound"/> when the gateway has no such payment.
/// </summary>
public enum GatewayStatus
{
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    Processing,
    RequiresCapture,
    Canceled,
    Succeeded,
    NotFound,
}
