namespace Dashboard.Domain.ChangeWatch;

/// <summary>
/// One round of watching every store: each observation is compared with its store's snapshot, which moves forward;
/// a failed store keeps its snapshot (so nothing it changes meanwhile is missed) and does not stop the others.
/// </summary>
public static class ChangeWatchRound
{
    /// <param name="snapshots">The snapshots by store name; a new store's baseline is added to it.</param>
    public static IReadOnlyList<StoreWatchOutcome> Apply(
        IDictionary<string, StoreSnapshot> snapshots, IEnumerable<StoreObservation> observations, DateTimeOffset at)
    {
        var outcomes = new List<StoreWatchOutcome>();
        foreach (var observation in observations)
        {
            if (observation.Versions is not { } versions)
            {
                outcomes.Add(StoreWatchOutcome.Failed(observation));
            }
            else if (snapshots.TryGetValue(observation.Store, out var snapshot))
            {
                outcomes.Add(StoreWatchOutcome.Compared(observation.Store, snapshot.Advance(versions, at)));
            }
            else
            {
                snapshots[observation.Store] = StoreSnapshot.Baseline(observation.Store, versions, at);
                outcomes.Add(StoreWatchOutcome.FirstLook(observation.Store));
            }
        }
        return outcomes;
    }
}
