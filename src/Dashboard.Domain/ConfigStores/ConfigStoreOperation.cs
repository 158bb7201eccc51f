namespace Dashboard.Domain.ConfigStores;

/// <summary>Whether a failed request read the store or wrote to it: the user is told differently.</summary>
public enum ConfigStoreOperation
{
    Read,
    Write,
}
