using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A service that calls into the radius, directly or through others. <see cref="Via"/> is the call path
/// (e.g. "frontend → billing-api"); <see cref="Amplification"/> the calls one of its requests can make to the
/// affected service at the end, multiplying (retries + 1) along the path. Backoff and circuit breaker are of its
/// own (first) edge on that path. <see cref="Evidence"/> is set when that edge was found in code (the client, how it
/// was linked, how it retries); <see cref="Disagreement"/> when the catalog said otherwise.
/// </summary>
public sealed record DownstreamService(string Service, string Via, long Amplification, bool HasBackoff, bool CircuitBreaker)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Evidence { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Disagreement { get; init; }
}
