namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>Builds the provider from the options the application configures.</summary>
internal sealed class AzureAppConfigurationSource(Action<AzureAppConfigurationOptions> configure, bool optional) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        var options = new AzureAppConfigurationOptions();
        configure(options);
        if (options.Connection is null)
            throw new InvalidOperationException("AddAzureAppConfiguration: call Connect(connectionString) in the options to say which store to read.");
        return new AzureAppConfigurationProvider(options, optional, TimeProvider.System);
    }
}
