using Dashboard.Domain.Reconciliation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Payments;

public static class PaymentGatewayServiceCollectionExtensions
{
    /// <summary>
    /// The gateway adapter: Stripe.net over one named HttpClient with retries (exponential backoff with jitter), a circuit
    /// breaker, a per-attempt timeout, and inside them the client rate limit, so every attempt is counted.
    /// </summary>
    public static IServiceCollection AddPaymentGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<PaymentGatewayOptions>, PaymentGatewayOptionsValidator>();
        services.AddOptions<PaymentGatewayOptions>().Bind(configuration.GetSection(PaymentGatewayOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<PaymentGatewayEndpoint>();
        // One bucket per process unless the host shares it through the database (AddSharedGatewayRateLimit).
        services.TryAddSingleton(sp => GatewayRateLimiter.ForThisProcess(sp.GetRequiredService<IOptions<PaymentGatewayOptions>>().Value.RequestsPerSecond));
        services.AddTransient<GatewayRateLimitHandler>();

        var settings = configuration.GetSection(PaymentGatewayOptions.SectionName).Get<PaymentGatewayOptions>() ?? new PaymentGatewayOptions();
        services.AddHttpClient(PaymentGatewayOptions.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(resilience => Configure(resilience, settings)).Services
            .AddHttpClient(PaymentGatewayOptions.HttpClientName)
            .AddHttpMessageHandler<GatewayRateLimitHandler>();
        services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions resilience, PaymentGatewayOptions settings)
    {
        var attempt = TimeSpan.FromSeconds(Math.Clamp(settings.TimeoutSeconds, 1, 120));
        var retries = Math.Clamp(settings.MaxRetries, 0, 10);
        var baseDelay = TimeSpan.FromMilliseconds(Math.Clamp(settings.RetryBaseDelayMilliseconds, 10, 60_000));
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.Retry.MaxRetryAttempts = Math.Max(retries, 1);
        resilience.Retry.ShouldHandle = retries == 0 ? _ => ValueTask.FromResult(false) : resilience.Retry.ShouldHandle;
        resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = baseDelay;
        resilience.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        // Room for every attempt and its backoff; the breaker samples at least two attempts' worth of time.
        resilience.TotalRequestTimeout.Timeout = attempt * (retries + 1) + TimeSpan.FromSeconds(30) * retries + TimeSpan.FromSeconds(1);
        resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
        // 429s are the rate limit talking, not a broken gateway: the retry backs off from them; the breaker counts failures only.
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != System.Net.HttpStatusCode.TooManyRequests);
        resilience.CircuitBreaker.MinimumThroughput = 20;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(Math.Clamp(settings.CircuitBreakSeconds, 1, 600));
    }
}
