namespace Dashboard.Domain.ConfigStores;

public enum ConfigReadStatus
{
    Found,
    /// <summary>The setting still has the ETag the caller already holds.</summary>
    NotModified,
    NotFound,
}
