namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>The store answered with an error status; the message carries the store's own explanation.</summary>
public sealed class AppConfigurationRequestException : Exception
{
    public AppConfigurationRequestException()
    {
    }

    public AppConfigurationRequestException(string message)
        : base(message)
    {
    }

    public AppConfigurationRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; init; }
}
