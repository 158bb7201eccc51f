using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// Tries a store as the catalog describes it (saved or not yet): lists one page of keys, without values, on a client
/// of its own with one retry and a short timeout, so a store that hangs answers the Admin in seconds, not minutes.
/// </summary>
public sealed class StoreConnectionTester(ConfigStoreClientFactory clients, TimeProvider time)
{
    public const int PageSize = 100;
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(10);

    public async Task<StoreConnectionReport> TestAsync(ConfigStore store, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var client = clients.CreateUnshared(store, TestOptions());
            var listed = 0;
            await foreach (var _ in client.ListVersionsAsync(ConfigSettingFilter.All, cancellationToken))
            {
                // One page is enough to prove reading works; stopping here never asks for the next one.
                if (++listed == PageSize) break;
            }
            var signIn = client is AppConfigurationClient azure ? $" with {azure.Credential}" : "";
            var where = store.Endpoint is { } endpoint ? $" at {endpoint.GetLeftPart(UriPartial.Authority)}" : " (the dashboard's embedded store)";
            var keys = listed == PageSize ? $"the first {PageSize} keys (there are more)" : listed == 1 ? "1 key" : $"{listed} keys";
            return new StoreConnectionReport(store.Name, true, $"Connected to '{store.Name}'{where}{signIn}: read {keys}.", listed, null, null, time.GetElapsedTime(started));
        }
        catch (ConfigStoreException error)
        {
            return new StoreConnectionReport(store.Name, false, error.Message, 0, error.Kind, error.Fault, time.GetElapsedTime(started));
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not the store's answer (e.g. an unreadable body): still reported, never thrown at the page.
            return new StoreConnectionReport(store.Name, false, $"Store '{store.Name}' could not be read: {error.GetBaseException().Message}", 0, null, null,
                time.GetElapsedTime(started));
        }
    }

    private static AppConfigurationClientOptions TestOptions()
    {
        var options = new AppConfigurationClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
