namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>The refreshers of every App Configuration provider of the application's configuration.</summary>
public interface IConfigurationRefresherProvider
{
    IEnumerable<IConfigurationRefresher> Refreshers { get; }
}
