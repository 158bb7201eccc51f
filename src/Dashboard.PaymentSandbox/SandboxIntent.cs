namespace Dashboard.PaymentSandbox;

/// <summary>
/// A PaymentIntent as the sandbox keeps it. Times are Unix seconds, as Stripe writes them. <see cref="CaptureBefore"/> is when
/// the card authorisation expires (Stripe's <c>payment_method_details.card.capture_before</c> on the charge).
/// </summary>
public sealed record SandboxIntent(
    string Id,
    long Amount,
    string Currency,
    string Status,
    string CaptureMethod,
    long AmountReceived,
    long AmountRefunded,
    bool Disputed,
    IReadOnlyDictionary<string, string> Metadata,
    long Created,
    long? CaptureBefore,
    long? CanceledAt,
    string? CancellationReason,
    string? ChargeId,
    string? LastErrorCode)
{
    public const string RequiresPaymentMethod = "requires_payment_method";
    public const string RequiresConfirmation = "requires_confirmation";
    public const string RequiresAction = "requires_action";
    public const string Processing = "processing";
    public const string RequiresCapture = "requires_capture";
    public const string Canceled = "canceled";
    public const string Succeeded = "succeeded";

    public static readonly IReadOnlyList<string> Statuses =
        [RequiresPaymentMethod, RequiresConfirmation, RequiresAction, Processing, RequiresCapture, Canceled, Succeeded];

    /// <summary>Statuses Stripe lets a PaymentIntent be cancelled from.</summary>
    public static readonly IReadOnlyList<string> CancelableStatuses =
        [RequiresPaymentMethod, RequiresConfirmation, RequiresAction, Processing, RequiresCapture];
}
