using System.Collections.Concurrent;
using Azure.Identity;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.AppConfiguration;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// One client per store for the dashboard's lifetime: an Azure client keeps the store's Sync-Tokens, which is what
/// makes a write visible to the next read, so it must not be created per request.
/// </summary>
public sealed class ConfigStoreClientFactory(LocalConfigStoreRegistry localStores, IOptions<ConfigStoreConnectionOptions> options)
    : IConfigStoreClientFactory
{
    private readonly ConcurrentDictionary<string, Lazy<AppConfigurationClient>> _azureClients = new(StringComparer.OrdinalIgnoreCase);

    public IConfigStoreClient For(ConfigStore store) => store.Kind switch
    {
        ConfigStoreKind.Local => localStores.Get(store.Name),
        ConfigStoreKind.AzureAppConfiguration => _azureClients.GetOrAdd(store.Name, _ => new Lazy<AppConfigurationClient>(() => CreateAzureClient(store))).Value,
        _ => throw new ConfigStoreException(ConfigStoreErrorKind.InvalidRequest, $"Store '{store.Name}' has an unknown kind {store.Kind}."),
    };

    private AppConfigurationClient CreateAzureClient(ConfigStore store)
    {
        if (options.Value.Connections.TryGetValue(store.Name, out var connection) && !string.IsNullOrWhiteSpace(connection.ConnectionString))
            return new AppConfigurationClient(connection.ConnectionString);
        return store.Endpoint is { } endpoint
            ? new AppConfigurationClient(endpoint, new DefaultAzureCredential())
            : throw new ConfigStoreException(ConfigStoreErrorKind.InvalidRequest,
                $"Store '{store.Name}' has no endpoint and no connection string; set ConfigStores:Connections:{store.Name}:ConnectionString or the store's endpoint.");
    }
}
