using Dashboard.Application.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Dashboard.Infrastructure.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Incident notifications, and changes made outside the pipeline, to the webhooks under Notifications:Webhooks:
    /// <see cref="IIncidentNotifier"/> and <see cref="IChangeNotifier"/> queue,
    /// <see cref="WebhookDispatcher"/> (a hosted service) sends with retries and exponential backoff, and
    /// <see cref="WebhookDeliveryLog"/> keeps each webhook's last error for display.
    /// </summary>
    public static IServiceCollection AddIncidentWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName)).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<IIncidentNotifier>(provider => provider.GetRequiredService<WebhookQueue>());
        services.AddSingleton<IChangeNotifier>(provider => provider.GetRequiredService<WebhookQueue>());
        services.AddHostedService<WebhookDispatcher>();

        var settings = new NotificationOptions();
        configuration.GetSection(NotificationOptions.SectionName).Bind(settings);
        services.AddHttpClient(WebhookDispatcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("webhook-retries", pipeline =>
            {
                if (settings.MaxRetries > 0)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(settings.FirstRetryDelaySeconds),
                        // Slack and Teams say how long to wait on 429.
                        ShouldRetryAfterHeader = true,
                    });
                pipeline.AddTimeout(TimeSpan.FromSeconds(settings.AttemptTimeoutSeconds));
            });
        return services;
    }
}
