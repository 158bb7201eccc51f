namespace Dashboard.Infrastructure.Monitoring;

/// <summary>A Log Analytics query failed; the message says what happened and how to fix it.</summary>
public sealed class LogAnalyticsException(LogAnalyticsErrorKind kind, int? status, string message, Exception? inner = null) : Exception(message, inner)
{
    public LogAnalyticsErrorKind Kind { get; } = kind;
    /// <summary>The HTTP status, or null when nothing was sent or no answer came.</summary>
    public int? Status { get; } = status;
    /// <summary>The service's error code, e.g. BadArgumentError.</summary>
    public string? Code { get; init; }
    /// <summary>The inner error's code, e.g. SyntaxError or SemanticError.</summary>
    public string? InnerCode { get; init; }
    /// <summary>How long the service asked to wait, on 429.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
