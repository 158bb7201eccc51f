namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A service that calls into the radius, directly or through others. <see cref="Via"/> is the call path
/// (e.g. "frontend → billing-api"); <see cref="Amplification"/> the calls one of its requests can make to the
/// affected service at the end, multiplying (retries + 1) along the path. Backoff and circuit breaker are of its
/// own (first) edge on that path.
/// </summary>
public sealed record DownstreamService(string Service, string Via, long Amplification, bool HasBackoff, bool CircuitBreaker);
