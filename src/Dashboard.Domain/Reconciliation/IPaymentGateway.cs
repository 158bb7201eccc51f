namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// A payment gateway, vendor-neutral: Stripe first, an Adyen or in-house gateway alike. Reads are fresh (never a cached or
/// search-index copy, except <see cref="FindByMerchantReferenceAsync"/>, which is the gateway's search). Every write takes an
/// idempotency key: repeating a write with the same key has the effect once. Failures surface as
/// <see cref="PaymentGatewayException"/> with a <see cref="PaymentGatewayErrorKind"/>.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The gateway's name for people and logs, e.g. "Stripe".</summary>
    string Name { get; }

    /// <summary>The payment under <paramref name="reference"/>, or null when the gateway has none.</summary>
    Task<GatewayPayment?> GetPaymentAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Payments whose merchant reference (the order id) is <paramref name="merchantReference"/>, newest first.</summary>
    Task<IReadOnlyList<GatewayPayment>> FindByMerchantReferenceAsync(string merchantReference, CancellationToken cancellationToken = default);

    /// <summary>Captures an authorised payment, in full when <paramref name="amount"/> is null.</summary>
    Task<GatewayPayment> CaptureAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Cancels (voids) an authorised payment that was not captured.</summary>
    Task<GatewayPayment> CancelAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Refunds a captured payment, in full when <paramref name="amount"/> is null.</summary>
    Task<GatewayRefund> RefundAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default);
}
