using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.ChangeWatch;

/// <summary>
/// Takes one look at each store through the port, each on its own: a store that fails (a wrong secret, a store that
/// is gone, one that hangs) becomes a failed observation naming the store and the reason, and the others are still read.
/// </summary>
public static class StoreObserver
{
    public static async Task<IReadOnlyList<StoreObservation>> ObserveAsync(
        IEnumerable<ConfigStore> stores, IConfigStoreClientFactory clients, CancellationToken cancellationToken)
    {
        var observations = new List<StoreObservation>();
        foreach (var store in stores)
            observations.Add(await ObserveAsync(store, clients, cancellationToken));
        return observations;
    }

    public static async Task<StoreObservation> ObserveAsync(ConfigStore store, IConfigStoreClientFactory clients, CancellationToken cancellationToken)
    {
        try
        {
            var versions = new List<ConfigSettingVersion>();
            await foreach (var version in clients.For(store).ListVersionsAsync(ConfigSettingFilter.All, cancellationToken))
                versions.Add(version);
            return StoreObservation.Listed(store.Name, versions);
        }
        catch (ConfigStoreException error)
        {
            return StoreObservation.Failed(store.Name, error);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not the store's own answer (an unreadable body, a bad setting): still this store's failure alone.
            return StoreObservation.Failed(store.Name, $"Store '{store.Name}' could not be read: {error.GetBaseException().Message}");
        }
    }
}
