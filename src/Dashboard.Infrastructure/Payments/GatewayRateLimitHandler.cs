namespace Dashboard.Infrastructure.Payments;

/// <summary>Takes a permit from the client rate limit before each attempt (it sits inside the retry handler, so retries pay too).</summary>
public sealed class GatewayRateLimitHandler(GatewayRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
