using Microsoft.Extensions.Configuration.AzureAppConfiguration;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// Waits until the dashboard's read endpoint answers the fleet's signed requests, so instances do not fail their
/// start while the dashboard is still starting. A refusal (401, 404) is a setting to fix, not something to wait out.
/// </summary>
internal static class StoreProbe
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    /// <returns>Null once the store answers; otherwise why the fleet cannot use it.</returns>
    public static async Task<string?> WaitAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = AppConfigurationConnection.Parse(connectionString);
        using var client = new AppConfigurationRestClient(connection, TimeProvider.System);
        var told = false;
        while (true)
        {
            try
            {
                await client.ListAsync("Billing:Sentinel", LabelFilter.Null, cancellationToken);
                return null;
            }
            catch (AppConfigurationRequestException ex) when (ex.Status == 401)
            {
                return $"{ex.Message} Set SampleFleet:ConnectionString to the Id and Secret of the dashboard's ConfigStores:LocalReadAccess.";
            }
            catch (AppConfigurationRequestException ex) when (ex.Status != 0)
            {
                return ex.Message;
            }
            catch (AppConfigurationRequestException ex)
            {
                if (!told)
                    logger.LogWarning("Waiting for the dashboard's config store at {Endpoint} ({Reason}); start the dashboard first: dotnet run --project src/Dashboard.Web",
                        connection.Endpoint, ex.Message);
                told = true;
            }
            await Task.Delay(RetryInterval, cancellationToken);
        }
    }
}
