using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Payments;

/// <summary>
/// The client-side token bucket: one per process, shared by every run and every retry, refilled one token every
/// 1/<see cref="PaymentGatewayOptions.RequestsPerSecond"/> s with no burst, so the gateway never sees more than that rate.
/// </summary>
public sealed class GatewayRateLimiter : IAsyncDisposable
{
    private const int MaxQueuedRequests = 100_000;
    private readonly TokenBucketRateLimiter _bucket;

    public GatewayRateLimiter(IOptions<PaymentGatewayOptions> options)
    {
        RequestsPerSecond = options.Value.RequestsPerSecond;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / RequestsPerSecond),
            QueueLimit = MaxQueuedRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public int RequestsPerSecond { get; }

    /// <summary>Waits for a token; throws when the wait is cancelled or the queue is full.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await _bucket.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
            throw new InvalidOperationException($"More than {MaxQueuedRequests} gateway calls are waiting for the client rate limit ({RequestsPerSecond}/s): slow down the callers.");
    }

    public ValueTask DisposeAsync() => _bucket.DisposeAsync();
}
