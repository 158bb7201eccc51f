using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.ConfigStores;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A store of the catalog: where it is, how the dashboard signs in (and, for a connection string, which setting holds
/// it: never its value), each environment's label, and the services that declare they read it.
/// </summary>
public sealed record StoreResponse(
    string Name,
    string Kind,
    string? Endpoint,
    string Authentication,
    string? ConnectionStringSetting,
    IReadOnlyDictionary<string, string?> Environments,
    IReadOnlyList<string> ReadBy)
{
    public static StoreResponse From(ServiceCatalog catalog, ConfigStore store) => new(
        store.Name,
        store.Kind == ConfigStoreKind.Local ? StoresApi.LocalKind : StoresApi.AzureKind,
        store.Endpoint?.GetLeftPart(UriPartial.Authority),
        StoresApi.AuthenticationName(store.Authentication),
        store.Authentication == ConfigStoreAuthentication.ConnectionString
            ? $"{ConfigStoreConnectionOptions.SectionName}:Connections:{store.Name}:ConnectionString"
            : null,
        store.Bindings.ToDictionary(b => b.Environment, b => b.Label),
        [.. catalog.Services.Where(s => string.Equals(s.ConfigStore, store.Name, StringComparison.OrdinalIgnoreCase)).Select(s => s.Name)]);
}
