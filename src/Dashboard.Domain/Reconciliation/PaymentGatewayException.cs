namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// A gateway refused or failed a request. <see cref="Exception.Message"/> is written for the operator and names the fix;
/// <see cref="StatusCode"/> is the HTTP status, or null when no answer came back.
/// </summary>
public sealed class PaymentGatewayException(
    PaymentGatewayErrorKind kind,
    string message,
    int? statusCode = null,
    string? gatewayCode = null,
    Exception? innerException = null) : Exception(message, innerException)
{
    public PaymentGatewayErrorKind Kind { get; } = kind;
    public int? StatusCode { get; } = statusCode;
    /// <summary>The gateway's own error code (e.g. Stripe's <c>payment_intent_unexpected_state</c>), when it gave one.</summary>
    public string? GatewayCode { get; } = gatewayCode;

    /// <summary>True when the same call may be retried later with the same idempotency key.</summary>
    public bool IsTransient => Kind is PaymentGatewayErrorKind.RateLimited or PaymentGatewayErrorKind.Timeout or PaymentGatewayErrorKind.Unavailable
        or PaymentGatewayErrorKind.CircuitOpen;
}
