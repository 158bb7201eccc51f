namespace Dashboard.Infrastructure.Persistence.Configurations;

internal static class StoreSnapshotLimits
{
    /// <summary>Azure's ETags are about 27 characters and the local store's 27; room for other stores' longer ones.</summary>
    public const int MaxETagLength = 128;
}
