namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// A payment as any gateway reports it (a Stripe PaymentIntent, an Adyen payment, an in-house record): amounts in minor
/// units, the merchant reference the billing service gave it (the order id), and when its authorisation expires if known.
/// </summary>
public sealed record GatewayPayment(
    string Reference,
    string? MerchantReference,
    GatewayStatus Status,
    long Amount,
    long AmountCaptured,
    long AmountRefunded,
    string Currency,
    bool Disputed,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AuthorizationExpiresAt);
