namespace Dashboard.Domain.ChangeWatch;

public enum StoreWatchStatus
{
    /// <summary>The first look at the store: its content became the snapshot, nothing was flagged.</summary>
    Baseline,
    /// <summary>Compared with the last look; the changes (possibly none) are in the outcome.</summary>
    Compared,
    /// <summary>The store could not be read; its snapshot is unchanged, so nothing is lost for the next round.</summary>
    Failed,
}
