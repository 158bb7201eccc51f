namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>Finds the App Configuration providers among the application's configuration providers and gives them a logger.</summary>
internal sealed class AzureAppConfigurationRefresherProvider : IConfigurationRefresherProvider
{
    public AzureAppConfigurationRefresherProvider(IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        var refreshers = (configuration as IConfigurationRoot)?.Providers.OfType<IConfigurationRefresher>().ToList() ?? [];
        if (refreshers.Count == 0)
            throw new InvalidOperationException("Unable to access the Azure App Configuration provider: call AddAzureAppConfiguration on the configuration builder first.");
        foreach (var refresher in refreshers)
            refresher.LoggerFactory ??= loggerFactory;
        Refreshers = refreshers;
    }

    public IEnumerable<IConfigurationRefresher> Refreshers { get; }
}
