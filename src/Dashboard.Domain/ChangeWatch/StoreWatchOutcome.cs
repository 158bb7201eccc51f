namespace Dashboard.Domain.ChangeWatch;

/// <summary>What one round found for one store: a first look (baseline), its changes, or why it could not be read.</summary>
public sealed record StoreWatchOutcome(string Store, StoreWatchStatus Status, IReadOnlyList<ObservedChange> Changes, string? Failure)
{
    public static StoreWatchOutcome FirstLook(string store) => new(store, StoreWatchStatus.Baseline, [], null);

    public static StoreWatchOutcome Compared(string store, IReadOnlyList<ObservedChange> changes) => new(store, StoreWatchStatus.Compared, changes, null);

    public static StoreWatchOutcome Failed(StoreObservation observation) => new(observation.Store, StoreWatchStatus.Failed, [], observation.Failure);
}
