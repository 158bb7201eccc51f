namespace Dashboard.Domain.Scanning;

/// <summary>
/// An outgoing HttpClient and its resilience. <see cref="Name"/> is the client name, or the typed client's type
/// name; <see cref="Attempts"/> counts retries after the first call. Where it points, when the code says:
/// <see cref="BaseAddressKey"/> is the configuration key its base address is read from, <see cref="BaseAddress"/> a
/// literal URL. <see cref="FromDefaults"/>: the policy comes from <c>ConfigureHttpClientDefaults</c>.
/// </summary>
public sealed record HttpClientResilience(string Name, HttpRetryKind Retry, int Attempts, string File, int Line)
{
    public bool CircuitBreaker { get; init; }
    public bool TypedClient { get; init; }
    public string? BaseAddressKey { get; init; }
    public string? BaseAddress { get; init; }
    public bool FromDefaults { get; init; }
}
