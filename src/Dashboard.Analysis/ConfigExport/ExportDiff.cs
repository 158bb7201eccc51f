using Dashboard.Domain.ConfigStores;

namespace Dashboard.Analysis.ConfigExport;

/// <summary>The key-values that differ between two exports, by key then label (ordinal), so a pull request's report is stable.</summary>
public static class ExportDiff
{
    public static IReadOnlyList<ExportChange> Compare(IReadOnlyList<ConfigSetting> before, IReadOnlyList<ConfigSetting> after)
    {
        var old = before.ToDictionary(s => (s.Key, s.Label));
        var current = after.ToDictionary(s => (s.Key, s.Label));
        var changes = new List<ExportChange>();
        foreach (var setting in after)
            if (!old.TryGetValue((setting.Key, setting.Label), out var previous))
                changes.Add(new ExportChange(ExportChangeKind.Added, null, setting));
            else if (Differs(previous, setting))
                changes.Add(new ExportChange(ExportChangeKind.Changed, previous, setting));
        changes.AddRange(before.Where(s => !current.ContainsKey((s.Key, s.Label))).Select(s => new ExportChange(ExportChangeKind.Deleted, s, null)));
        return [.. changes.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Label ?? "", StringComparer.Ordinal)];
    }

    private static bool Differs(ConfigSetting before, ConfigSetting after) =>
        before.Value != after.Value
        || !string.Equals(before.ContentType, after.ContentType, StringComparison.OrdinalIgnoreCase)
        || before.Tags.Count != after.Tags.Count
        || before.Tags.Any(tag => !after.Tags.TryGetValue(tag.Key, out var value) || value != tag.Value);
}
