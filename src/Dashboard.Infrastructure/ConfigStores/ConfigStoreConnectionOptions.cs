namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// The <c>ConfigStores</c> settings: how to reach each Azure App Configuration store of the catalog, by store name.
/// A store without a connection string is reached with Microsoft Entra ID (DefaultAzureCredential) at its endpoint.
/// Connection strings carry a secret: set them through the environment or Key Vault, never in a file.
/// </summary>
public sealed class ConfigStoreConnectionOptions
{
    public const string SectionName = "ConfigStores";

    public Dictionary<string, ConfigStoreConnection> Connections { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class ConfigStoreConnection
{
    public string ConnectionString { get; set; } = "";
}
