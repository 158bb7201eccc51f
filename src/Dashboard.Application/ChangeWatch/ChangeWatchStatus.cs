using Dashboard.Domain.ChangeWatch;

namespace Dashboard.Application.ChangeWatch;

/// <summary>How the last look at each store went, for the pages: a store that could not be watched says so and why.</summary>
public sealed class ChangeWatchStatus
{
    private readonly Lock _gate = new();
    private Dictionary<string, (StoreWatchOutcome Outcome, DateTimeOffset At)> _latest = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<(StoreWatchOutcome Outcome, DateTimeOffset At)> Failing
    {
        get
        {
            lock (_gate) return [.. _latest.Values.Where(v => v.Outcome.Status == StoreWatchStatus.Failed).OrderBy(v => v.Outcome.Store, StringComparer.Ordinal)];
        }
    }

    public void Record(IEnumerable<StoreWatchOutcome> outcomes, DateTimeOffset at)
    {
        lock (_gate)
        {
            var next = new Dictionary<string, (StoreWatchOutcome, DateTimeOffset)>(_latest, StringComparer.OrdinalIgnoreCase);
            foreach (var outcome in outcomes) next[outcome.Store] = (outcome, at);
            _latest = next;
        }
    }
}
