using System.Collections.Concurrent;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>Hands out the local store of a given name; one instance per name, shared for the application's lifetime.</summary>
public sealed class LocalConfigStoreRegistry(IDbContextFactory<DashboardDbContext> contextFactory, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, LocalConfigStore> _stores = new(StringComparer.Ordinal);

    /// <summary>The store named <paramref name="storeName"/>; it holds no settings until some are written.</summary>
    public LocalConfigStore Get(string storeName) =>
        _stores.GetOrAdd(CatalogName.Validate(storeName, "config store"), name => new LocalConfigStore(contextFactory, name, time));
}
