namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// A store refused or failed a request. <see cref="Exception.Message"/> is written for the user: it names the store,
/// the key and label, and says what to do. <see cref="StatusCode"/> is the HTTP status, or null when no response came back.
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
    /// <summary>The store's catalog name, when the failure is the store's rather than one setting's.</summary>
    public string? Store { get; init; }
    /// <summary>Whether the failed request was a read or a write; null for refusals of one setting (locked, ETag…).</summary>
    public ConfigStoreOperation? Operation { get; init; }
    /// <summary>Why no answer came back, for <see cref="ConfigStoreErrorKind.Unreachable"/>.</summary>
    public ConfigStoreFault? Fault { get; init; }

    /// <summary>
    /// The store itself is not usable right now (down, refusing the credential, throttling, missing): pages show it as
    /// unavailable and the API answers 502/503, unlike refusals of one setting (locked, changed since read).
    /// </summary>
    public bool IsStoreUnavailable => Kind is ConfigStoreErrorKind.Unauthorized or ConfigStoreErrorKind.Forbidden or ConfigStoreErrorKind.Throttled
        or ConfigStoreErrorKind.Unavailable or ConfigStoreErrorKind.Unreachable or ConfigStoreErrorKind.StoreNotFound or ConfigStoreErrorKind.NotConfigured;
}
