namespace Dashboard.Infrastructure.Notifications;

/// <summary>Settings under Notifications.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public List<WebhookOptions> Webhooks { get; set; } = [];
    /// <summary>Notifications waiting to be sent; when full, new ones are refused (and the refusal is shown) rather than block.</summary>
    public int QueueCapacity { get; set; } = 200;
    /// <summary>Retries after the first attempt, with exponential backoff and jitter.</summary>
    public int MaxRetries { get; set; } = 4;
    /// <summary>The first retry's delay; each later one doubles it.</summary>
    public double FirstRetryDelaySeconds { get; set; } = 2;
    public double AttemptTimeoutSeconds { get; set; } = 10;
}
