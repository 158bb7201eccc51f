using Microsoft.Extensions.Options;

namespace Dashboard.SampleFleet.Fleet;

public static class SampleFleetServiceCollectionExtensions
{
    /// <summary>The <c>SampleFleet</c> settings (validated at start) and the service that runs the fleet.</summary>
    public static IServiceCollection AddSampleFleet(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SampleFleetOptions>, SampleFleetOptionsValidator>();
        services.AddOptions<SampleFleetOptions>().BindConfiguration(SampleFleetOptions.SectionName).ValidateOnStart();
        services.AddHostedService<FleetService>();
        return services;
    }
}
