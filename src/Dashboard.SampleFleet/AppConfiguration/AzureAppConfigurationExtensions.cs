using Microsoft.Extensions.Configuration.AzureAppConfiguration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Configuration;

/// <summary>
/// The entry points of the App Configuration provider (Microsoft.Extensions.Configuration.AzureAppConfiguration),
/// a package the feed here does not serve. Same names and namespaces, so the services' source is what it would be
/// with the real package; only the subset the demo services use exists.
/// </summary>
public static class AzureAppConfigurationExtensions
{
    public static IConfigurationBuilder AddAzureAppConfiguration(
        this IConfigurationBuilder configurationBuilder, Action<AzureAppConfigurationOptions> action, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ArgumentNullException.ThrowIfNull(action);
        return configurationBuilder.Add(new AzureAppConfigurationSource(action, optional));
    }

    /// <summary>The services the refresh middleware needs (<see cref="IConfigurationRefresherProvider"/>).</summary>
    public static IServiceCollection AddAzureAppConfiguration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.TryAddSingleton<IConfigurationRefresherProvider, AzureAppConfigurationRefresherProvider>();
        return services;
    }
}
