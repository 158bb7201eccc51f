namespace Dashboard.Domain.Catalog;

public enum ConfigStoreKind
{
    /// <summary>The embedded store in the dashboard's own database.</summary>
    Local,
    AzureAppConfiguration,
}
