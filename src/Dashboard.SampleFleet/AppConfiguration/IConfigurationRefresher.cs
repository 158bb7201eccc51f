namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>Refreshes one App Configuration provider's data on demand, within its refresh interval.</summary>
public interface IConfigurationRefresher
{
    Uri AppConfigurationEndpoint { get; }

    /// <summary>Where refresh results and failures are logged; set by <c>services.AddAzureAppConfiguration()</c>.</summary>
    ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Checks the registered key-values if the refresh interval has passed, and reloads what changed. Throws on failure.</summary>
    Task RefreshAsync(CancellationToken cancellationToken = default);

    /// <summary>As <see cref="RefreshAsync"/>, but a failure is logged and reported as false.</summary>
    Task<bool> TryRefreshAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes the next refresh check the store within <paramref name="maxDelay"/> (default 30 s), whatever the interval.</summary>
    void SetDirty(TimeSpan? maxDelay = null);
}
