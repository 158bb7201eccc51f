namespace Dashboard.Domain.Reconciliation;

/// <summary>A refund the gateway accepted for a payment; <see cref="Status"/> is the gateway's own word (e.g. succeeded, pending).</summary>
public sealed record GatewayRefund(string Reference, string PaymentReference, long Amount, string Currency, string Status);
