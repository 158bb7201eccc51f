using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.RateLimits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Payments;

public static class SharedGatewayRateLimit
{
    /// <summary>The name of the gateway's row in the dashboard database's rate schedules.</summary>
    public const string ScheduleName = "payment-gateway";

    /// <summary>
    /// Makes <c>PaymentGateway:RequestsPerSecond</c> one limit for every run on every dashboard instance sharing the database,
    /// instead of one per process: the gateway's calls wait for slots of a <see cref="SharedRateLimiter"/>.
    /// </summary>
    public static IServiceCollection AddSharedGatewayRateLimit(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<PaymentGatewayOptions>>().Value;
            var limiter = new SharedRateLimiter(sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>(), sp.GetRequiredService<TimeProvider>(),
                ScheduleName, settings.RequestsPerSecond, settings.RateLimitBatch);
            return new GatewayRateLimiter(limiter, settings.RequestsPerSecond);
        }));
        return services;
    }
}
