using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.AppConfiguration;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// One client per store for the dashboard's lifetime: an Azure client keeps the store's Sync-Tokens, which is what
/// makes a write visible to the next read, so it must not be created per request. A store whose endpoint or sign-in
/// is edited gets a new client. The endpoint used is always the catalog's: a connection string for another endpoint
/// is refused rather than silently followed.
/// </summary>
public sealed class ConfigStoreClientFactory(LocalConfigStoreRegistry localStores, IOptions<ConfigStoreConnectionOptions> options)
    : IConfigStoreClientFactory
{
    public const string EntraIdDescription = "Microsoft Entra ID (DefaultAzureCredential: managed identity, environment or developer sign-in)";

    private readonly ConcurrentDictionary<(string Name, Uri? Endpoint, ConfigStoreAuthentication Authentication), Lazy<IConfigStoreClient>> _azureClients = new();
    private readonly Lazy<TokenCredential> _entraId = new(() => new DefaultAzureCredential());

    public IConfigStoreClient For(ConfigStore store) => store.Kind switch
    {
        ConfigStoreKind.Local => localStores.Get(store.Name),
        // Publication-only: a store that cannot be configured yet is not remembered as broken once it can.
        _ => _azureClients.GetOrAdd((store.Name.ToLowerInvariant(), store.Endpoint, store.Authentication),
            _ => new Lazy<IConfigStoreClient>(() => CreateAzureClient(store, new AppConfigurationClientOptions()), LazyThreadSafetyMode.PublicationOnly)).Value,
    };

    /// <summary>A client of its own, not shared, with the caller's pipeline options: for a connection test.</summary>
    public IConfigStoreClient CreateUnshared(ConfigStore store, AppConfigurationClientOptions clientOptions) =>
        store.Kind == ConfigStoreKind.Local ? localStores.Get(store.Name) : CreateAzureClient(store, clientOptions);

    private AppConfigurationClient CreateAzureClient(ConfigStore store, AppConfigurationClientOptions clientOptions)
    {
        var endpoint = store.Endpoint ?? throw ConfigStoreErrors.NotConfigured(store.Name, "it has no endpoint; give it one on the Stores page.");
        clientOptions.StoreName = store.Name;
        if (store.Authentication != ConfigStoreAuthentication.ConnectionString)
        {
            clientOptions.CredentialDescription = EntraIdDescription;
            return new AppConfigurationClient(endpoint, _entraId.Value, clientOptions);
        }

        var setting = $"{ConfigStoreConnectionOptions.SectionName}:Connections:{store.Name}:ConnectionString";
        if (!options.Value.Connections.TryGetValue(store.Name, out var connection) || string.IsNullOrWhiteSpace(connection.ConnectionString))
            throw ConfigStoreErrors.NotConfigured(store.Name,
                $"it signs in with a connection string and the setting {setting} is not set. Set it through the environment " +
                $"({setting.Replace(":", "__", StringComparison.Ordinal)}) or Key Vault, never in a file, and restart the dashboard.");
        AppConfigurationConnectionString parsed;
        try
        {
            parsed = AppConfigurationConnectionString.Parse(connection.ConnectionString);
        }
        catch (FormatException ex)
        {
            throw ConfigStoreErrors.NotConfigured(store.Name, $"the setting {setting} is not a valid connection string: {ex.Message}");
        }
        if (!string.Equals(parsed.Endpoint.GetLeftPart(UriPartial.Authority), endpoint.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            throw ConfigStoreErrors.NotConfigured(store.Name,
                $"the connection string in {setting} is for {parsed.Endpoint.GetLeftPart(UriPartial.Authority)}, but the catalog gives the store the endpoint " +
                $"{endpoint.GetLeftPart(UriPartial.Authority)}. The catalog's endpoint is the one used: fix the one that is wrong.");
        clientOptions.CredentialDescription = $"the access key '{parsed.Credential}' from {setting}";
        return new AppConfigurationClient(parsed, clientOptions);
    }
}
