namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// A store refused or failed a request. <see cref="Exception.Message"/> is written for the user: it names the key and label
/// and says what to do. <see cref="StatusCode"/> is the HTTP status, or null when no response came back.
/// </summary>
public sealed class ConfigStoreException(
    ConfigStoreErrorKind kind,
    string message,
    string? key = null,
    string? label = null,
    int? statusCode = null,
    TimeSpan? retryAfter = null,
    Exception? innerException = null) : Exception(message, innerException)
{
    public ConfigStoreErrorKind Kind { get; } = kind;
    public string? Key { get; } = key;
    public string? Label { get; } = label;
    public int? StatusCode { get; } = statusCode;
    /// <summary>How long the store asked the caller to wait (throttling only).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
