namespace Dashboard.Domain.Scanning;

/// <summary>
/// The retry behaviour of a registered HttpClient. <see cref="Name"/> is the client name, or the typed client's
/// type name; <see cref="Attempts"/> counts retries after the first call.
/// </summary>
public sealed record HttpClientResilience(string Name, HttpRetryKind Retry, int Attempts, string File, int Line);
