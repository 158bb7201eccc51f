using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.ChangeWatch;

/// <summary>
/// What one store held at the watcher's last look: every key and label with its ETag and last-modified time.
/// <see cref="Advance"/> compares a new look with it and moves it forward; <see cref="Version"/> counts the looks and is
/// the concurrency token that lets only one of several dashboard instances record the same step, so every change is
/// flagged exactly once.
/// </summary>
public sealed class StoreSnapshot
{
    private readonly List<StoreSnapshotEntry> _entries = [];

    public string Store { get; private set; } = "";
    public long Version { get; private set; }
    public DateTimeOffset TakenAt { get; private set; }
    public IReadOnlyList<StoreSnapshotEntry> Entries => _entries;

    private StoreSnapshot() { }

    /// <summary>The first look at a store: what it holds now is the baseline, and nothing in it is flagged.</summary>
    public static StoreSnapshot Baseline(string store, IEnumerable<ConfigSettingVersion> versions, DateTimeOffset at)
    {
        var snapshot = new StoreSnapshot { Store = CatalogName.Validate(store, "config store"), TakenAt = at };
        snapshot._entries.AddRange(StoreSnapshotComparer.Latest(versions).Values.Select(v => new StoreSnapshotEntry(v)));
        return snapshot;
    }

    /// <summary>Compares <paramref name="current"/> with this snapshot, then makes it the snapshot.</summary>
    /// <returns>What changed since the last look, whatever order either look was listed in.</returns>
    public IReadOnlyList<ObservedChange> Advance(IEnumerable<ConfigSettingVersion> current, DateTimeOffset at)
    {
        if (at < TakenAt)
            throw new DomainException($"A look at store '{Store}' taken at {at:O} is older than the snapshot ({TakenAt:O}); it would move the snapshot back.");
        var now = StoreSnapshotComparer.Latest(current);
        var changes = StoreSnapshotComparer.Compare(_entries.Select(e => e.ToVersion()), now.Values);
        if (changes.Count > 0)
        {
            // Changed in place, so a store of tens of thousands of keys rewrites only the entries that changed.
            var entries = _entries.ToDictionary(e => new KeyLabel(e.Key, e.Label));
            foreach (var change in changes)
            {
                var id = new KeyLabel(change.Key, change.Label);
                switch (change.Kind)
                {
                    case ObservedChangeKind.Added: _entries.Add(new StoreSnapshotEntry(now[id])); break;
                    case ObservedChangeKind.Modified: entries[id].Take(now[id]); break;
                    case ObservedChangeKind.Deleted: _entries.Remove(entries[id]); break;
                }
            }
        }
        TakenAt = at;
        Version++;
        return changes;
    }
}
