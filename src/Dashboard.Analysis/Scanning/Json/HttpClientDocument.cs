namespace Dashboard.Analysis.Scanning.Json;

/// <summary>
/// An outgoing HttpClient: <see cref="Retry"/> is <c>none</c>, <c>immediate</c> or <c>backoff</c>; where it points
/// (<see cref="BaseAddressKey"/> a configuration key, <see cref="BaseAddress"/> a literal URL); whether its policy
/// comes from <c>ConfigureHttpClientDefaults</c>.
/// </summary>
public sealed record HttpClientDocument(
    string Name,
    string Retry,
    int Attempts,
    bool CircuitBreaker,
    bool TypedClient,
    string? BaseAddressKey,
    string? BaseAddress,
    bool FromDefaults,
    string File,
    int Line);
