using Azure.Core;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// Pipeline options for <see cref="LogAnalyticsClient"/>. The inherited <see cref="ClientOptions.Retry"/> retries 429 and
/// 5xx, waiting as long as the service's Retry-After asks; its network timeout is raised to outlast the server timeout.
/// </summary>
public sealed class LogAnalyticsClientOptions : ClientOptions
{
    public const string DefaultEndpoint = "https://api.loganalytics.io";
    public const string Scope = "https://api.loganalytics.io/.default";

    /// <summary>The service's own limit on a query when no Prefer: wait is sent.</summary>
    public static readonly TimeSpan ServiceDefaultWait = TimeSpan.FromMinutes(3);

    public Uri Endpoint { get; set; } = new(DefaultEndpoint);

    /// <summary>Sent as <c>Prefer: wait=N</c> (seconds); null sends none and the service's default of 3 minutes applies.</summary>
    public TimeSpan? ServerTimeout { get; set; }

    /// <summary>Answers longer than this are refused rather than parsed.</summary>
    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;
}
