using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.ConfigStores;

/// <summary>Hands out the client for a catalog's store: the embedded local store, or Azure App Configuration.</summary>
public interface IConfigStoreClientFactory
{
    /// <exception cref="ConfigStoreException">The store is not configured (e.g. no credentials for an Azure store).</exception>
    IConfigStoreClient For(ConfigStore store);
}
