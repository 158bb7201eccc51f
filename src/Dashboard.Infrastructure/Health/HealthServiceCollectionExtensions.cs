using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Dashboard.Application.Health;
using Dashboard.Application.Leases;
using Dashboard.Application.Live;
using Dashboard.Infrastructure.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// Live health: the Health settings (validated at start), the series store, the probes and — when
    /// Health:Source is LogAnalytics — Azure Monitor Logs, run by the <see cref="ProbeScheduler"/>.
    /// Needs <see cref="ILiveFeed"/>, <c>ICatalogSource</c> and <c>IScanSnapshotSource</c> registered. The scheduler runs
    /// whenever <see cref="IRunGate"/> says so: <see cref="AlwaysRunGate"/> unless another gate (a lease) is registered first.
    /// </summary>
    public static IServiceCollection AddHealthMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName)).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRunGate, AlwaysRunGate>();

        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HealthOptions>>().Value.ToSeriesOptions());
        services.AddSingleton<HealthSeriesStore>();
        services.AddSingleton<IHealthWatchListSource, CatalogHealthWatchListSource>();
        services.AddSingleton<StagingSoakEvidence>();
        services.AddSingleton<StagingEvidenceReader>();
        services.AddSingleton(provider =>
        {
            var probes = provider.GetRequiredService<IOptions<HealthOptions>>().Value.Probes;
            return new ProbeRunner(new ProbeRunnerOptions { MaxConcurrency = probes.MaxConcurrency, Timeout = TimeSpan.FromSeconds(probes.TimeoutSeconds) },
                provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IHealthSource, ProbeHealthSource>();

        if (HealthSourceSetting.Is(configuration[$"{HealthOptions.SectionName}:Source"], HealthSourceSetting.LogAnalytics)) services.AddLogAnalyticsSource();

        services.AddHostedService<ProbeScheduler>();
        return services;
    }

    /// <summary>
    /// The Log Analytics source with one shared <see cref="RequestSummaryCache"/>. Its credential and transport are keyed
    /// services under <see cref="LogAnalyticsHealthSource.SourceName"/>: DefaultAzureCredential and the default transport
    /// unless a host registers its own (a proxy, a test server's certificate).
    /// </summary>
    private static void AddLogAnalyticsSource(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton<TokenCredential>(LogAnalyticsHealthSource.SourceName, (provider, _) =>
            new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = provider.GetRequiredService<IOptions<HealthOptions>>().Value.LogAnalytics.ManagedIdentityClientId,
            }));
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<HealthOptions>>().Value.LogAnalytics;
            var options = new LogAnalyticsClientOptions
            {
                Endpoint = new Uri(settings.Endpoint),
                ServerTimeout = TimeSpan.FromSeconds(settings.ServerTimeoutSeconds),
            };
            if (provider.GetKeyedService<HttpPipelineTransport>(LogAnalyticsHealthSource.SourceName) is { } transport) options.Transport = transport;
            return new LogAnalyticsClient(provider.GetRequiredKeyedService<TokenCredential>(LogAnalyticsHealthSource.SourceName), options);
        });
        services.AddSingleton<RequestSummaryCache>();
        services.AddSingleton<LogAnalyticsHealthSource>();
        services.AddSingleton<IHealthSource>(provider => provider.GetRequiredService<LogAnalyticsHealthSource>());
    }
}
