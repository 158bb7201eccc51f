namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// What the gateway says about one payment, read fresh: its status, amounts in minor units, how many captures the order has
/// at the gateway (this payment and its siblings for the same order), whether it is disputed, and when the authorisation expires.
/// </summary>
public sealed record GatewaySnapshot(
    GatewayStatus Status,
    long Amount,
    long AmountCaptured,
    long AmountRefunded,
    int Captures,
    bool Disputed,
    string Currency,
    DateTimeOffset? AuthorizationExpiresAt = null)
{
    /// <summary>The gateway has no payment under the reference that was asked for.</summary>
    public static GatewaySnapshot NotFound { get; } = new(GatewayStatus.NotFound, 0, 0, 0, 0, false, "");

    /// <summary>A snapshot of <paramref name="payment"/>, counting the order's captures across it and <paramref name="siblings"/>.</summary>
    public static GatewaySnapshot From(GatewayPayment payment, IEnumerable<GatewayPayment> siblings)
    {
        var captures = siblings.Append(payment)
            .DistinctBy(p => p.Reference, StringComparer.Ordinal)
            .Count(p => p.AmountCaptured > 0);
        return new GatewaySnapshot(payment.Status, payment.Amount, payment.AmountCaptured, payment.AmountRefunded, captures,
            payment.Disputed, payment.Currency, payment.AuthorizationExpiresAt);
    }
}
