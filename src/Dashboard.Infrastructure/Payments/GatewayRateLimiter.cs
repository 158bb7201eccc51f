using System.Threading.RateLimiting;

namespace Dashboard.Infrastructure.Payments;

/// <summary>
/// The client-side limit every gateway call waits on, over any <see cref="RateLimiter"/>: with the dashboard's database the one
/// shared by every run on every instance (<see cref="SharedGatewayRateLimit"/>), on its own a token bucket for this process,
/// refilled one token every 1/<see cref="RequestsPerSecond"/> s with no burst.
/// </summary>
public sealed class GatewayRateLimiter(RateLimiter limiter, int requestsPerSecond) : IAsyncDisposable
{
    private const int MaxQueuedRequests = 100_000;

    public int RequestsPerSecond { get; } = requestsPerSecond;

    /// <summary>A token bucket for this process alone, for an adapter used without the dashboard's database.</summary>
    public static GatewayRateLimiter ForThisProcess(int requestsPerSecond) => new(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / requestsPerSecond),
        QueueLimit = MaxQueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    }), requestsPerSecond);

    /// <summary>Waits for a permit; throws when the wait is cancelled or the limiter refuses (its queue is full).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
            throw new InvalidOperationException($"Too many gateway calls are waiting for the client rate limit ({RequestsPerSecond}/s): slow down the callers.");
    }

    public ValueTask DisposeAsync() => limiter.DisposeAsync();
}
