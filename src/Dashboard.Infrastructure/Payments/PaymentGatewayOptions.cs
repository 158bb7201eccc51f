namespace Dashboard.Infrastructure.Payments;

/// <summary>
/// The <c>PaymentGateway</c> settings. <see cref="ApiKey"/> is a secret: set it through the environment
/// (<c>PaymentGateway__ApiKey</c>) or Key Vault, never in a file; with the embedded sandbox it defaults to the sandbox's own key.
/// </summary>
public sealed class PaymentGatewayOptions
{
    public const string SectionName = "PaymentGateway";
    public const string HttpClientName = "PaymentGateway";

    /// <summary>Where the gateway's API lives. Empty with <see cref="EmbeddedSandbox"/> means the sandbox started in-process.</summary>
    public string ApiBase { get; set; } = "";

    public string ApiKey { get; set; } = "";

    /// <summary>Start the Stripe-compatible sandbox in-process on loopback and point the adapter at it (the embedded default).</summary>
    public bool EmbeddedSandbox { get; set; } = true;

    /// <summary>The sandbox's port when embedded; 0 picks a free one.</summary>
    public int SandboxPort { get; set; }

    /// <summary>The sandbox's per-second limit when embedded (Stripe's test mode allows 25).</summary>
    public int SandboxRequestsPerSecond { get; set; } = 25;

    /// <summary>
    /// The client-side limit, kept below the gateway's: shared through the dashboard's database by every run on every instance,
    /// so it is the total for the gateway account, not a per-instance figure.
    /// </summary>
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>Slots of the shared limit an instance reserves per database round trip (a larger batch hits the database less).</summary>
    public int RateLimitBatch { get; set; } = 5;

    /// <summary>How long one attempt may take before it is abandoned and retried with the same idempotency key.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Retries after the first attempt, with exponential backoff and jitter.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The base delay of the exponential backoff, in milliseconds.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>How long the circuit breaker stops calls once too many failed (half of at least 20 attempts within the sampling window).</summary>
    public int CircuitBreakSeconds { get; set; } = 15;

    /// <summary>The metadata key that holds the merchant reference (the order number) on a PaymentIntent.</summary>
    public string MerchantReferenceKey { get; set; } = "order_id";
}
