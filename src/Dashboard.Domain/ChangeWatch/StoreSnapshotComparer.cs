using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.ChangeWatch;

/// <summary>
/// Compares two looks at a store per key and label, by ETag. Nothing depends on the order either look was listed in
/// (the REST API promises none) or on timestamps (the service's are whole seconds, so a change in the same second as
/// the last look has an equal time but a new ETag); a key and label that is gone is a deletion.
/// </summary>
public static class StoreSnapshotComparer
{
    /// <returns>The changes, ordered by key and then label (null label first), so a report reads the same every time.</returns>
    public static IReadOnlyList<ObservedChange> Compare(IEnumerable<ConfigSettingVersion> previous, IEnumerable<ConfigSettingVersion> current)
    {
        var before = Latest(previous);
        var now = Latest(current);
        var changes = new List<ObservedChange>();
        foreach (var (id, version) in now)
        {
            if (!before.TryGetValue(id, out var old))
                changes.Add(new ObservedChange(ObservedChangeKind.Added, version.Key, version.Label, null, version.ETag, version.LastModified));
            else if (!string.Equals(old.ETag, version.ETag, StringComparison.Ordinal))
                changes.Add(new ObservedChange(ObservedChangeKind.Modified, version.Key, version.Label, old.ETag, version.ETag, version.LastModified));
        }
        foreach (var (id, old) in before)
        {
            if (!now.ContainsKey(id))
                changes.Add(new ObservedChange(ObservedChangeKind.Deleted, old.Key, old.Label, old.ETag, null, old.LastModified));
        }
        return [.. changes.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Label, StringComparer.Ordinal)];
    }

    /// <summary>
    /// One version per key and label. A listing that pages while the store changes may hold a key twice: the later
    /// modification wins, and at an equal time the one listed last, as it was read last.
    /// </summary>
    internal static Dictionary<KeyLabel, ConfigSettingVersion> Latest(IEnumerable<ConfigSettingVersion> versions)
    {
        var latest = new Dictionary<KeyLabel, ConfigSettingVersion>();
        foreach (var version in versions)
        {
            var id = new KeyLabel(version.Key, version.Label);
            if (!latest.TryGetValue(id, out var known) || !(known.LastModified > version.LastModified))
                latest[id] = version;
        }
        return latest;
    }
}
