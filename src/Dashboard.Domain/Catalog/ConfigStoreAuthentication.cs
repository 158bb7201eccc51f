namespace Dashboard.Domain.Catalog;

/// <summary>
/// How the dashboard signs in to a store. The secret never lives in the catalog: a connection string comes from the
/// setting <c>ConfigStores:Connections:&lt;store&gt;:ConnectionString</c> (environment or Key Vault).
/// </summary>
public enum ConfigStoreAuthentication
{
    /// <summary>Microsoft Entra ID (managed identity, workload identity, developer sign-in): the identity needs an App Configuration Data role.</summary>
    EntraId,
    /// <summary>An access-key connection string (HMAC), read from the store's ConnectionString setting.</summary>
    ConnectionString,
    /// <summary>The embedded local store needs no sign-in.</summary>
    None,
}
