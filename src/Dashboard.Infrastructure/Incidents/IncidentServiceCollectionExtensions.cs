using Dashboard.Application.Health;
using Dashboard.Application.Incidents;
using Dashboard.Application.Leases;
using Dashboard.Domain.Incidents;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Incidents;

public static class IncidentServiceCollectionExtensions
{
    /// <summary>The lease in the database that elects the one instance running the probes (and opening incidents).</summary>
    public const string RunnerLease = "health-runner";

    /// <summary>
    /// Incidents on the dashboard's database: the Incidents settings (validated at start), the workflow, the change
    /// history suspected changes are ranked from, and — when Incidents:OpenAutomatically — the handler that opens them
    /// from health transitions. Registers the run gate as a lease in the database, so call it BEFORE
    /// <c>AddHealthMonitoring</c> (which keeps a gate already registered). Needs <c>AddDashboardDatabase</c> and an
    /// <see cref="Application.Notifications.IIncidentNotifier"/> (<c>AddIncidentWebhooks</c>).
    /// </summary>
    public static IServiceCollection AddIncidents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<IncidentOptions>, IncidentOptionsValidator>();
        services.AddOptions<IncidentOptions>().Bind(configuration.GetSection(IncidentOptions.SectionName)).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILeaseStore, EfLeaseStore>();
        services.TryAddSingleton<IRunGate>(provider => new LeaseRunGate(provider.GetRequiredService<ILeaseStore>(), RunnerLease,
            $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}",
            TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<IncidentOptions>>().Value.RunnerLeaseSeconds),
            provider.GetRequiredService<ILogger<LeaseRunGate>>()));
        services.AddSingleton<IChangeHistory, ChangeHistory>();
        services.AddSingleton<IIncidentQueries, IncidentQueries>();
        services.AddSingleton<IncidentWorkflow>();
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<IncidentOptions>>().Value;
            return new IncidentOpeningRule(settings.ConsecutiveObservations, TimeSpan.FromSeconds(settings.MinimumUnhealthySeconds));
        });

        var settings = new IncidentOptions();
        configuration.GetSection(IncidentOptions.SectionName).Bind(settings);
        if (settings.OpenAutomatically) services.AddSingleton<IHealthTransitionHandler, IncidentOpener>();
        return services;
    }
}
