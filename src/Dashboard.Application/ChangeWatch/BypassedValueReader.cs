using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

/// <summary>
/// The values on either side of a change the watcher saw. The snapshot keeps only which version each key-value was at (so a
/// store of tens of thousands of keys is cheap to watch); the values of the previous and the current version are read from
/// the store's revision history by their ETags, newest first, looking at no more than <see cref="MaxRevisionsRead"/>.
/// </summary>
public static class BypassedValueReader
{
    /// <summary>A key rewritten by a script thousands of times is not read to its beginning: past this, the old value is unknown.</summary>
    public const int MaxRevisionsRead = 200;

    /// <returns>Before and after (<see cref="ObservedSetting.Absent"/> for a side where the key did not exist); null where the version was not found.</returns>
    public static async Task<(ObservedSetting? Before, ObservedSetting? After)> ReadAsync(
        IConfigStoreClient client, ObservedChange change, CancellationToken cancellationToken)
    {
        ObservedSetting? before = change.PreviousETag is null ? ObservedSetting.Absent : null;
        ObservedSetting? after = change.NewETag is null ? ObservedSetting.Absent : null;
        var read = 0;
        await foreach (var revision in client.ListRevisionsAsync(ConfigSettingFilter.ForSetting(change.Key, change.Label), cancellationToken))
        {
            if (before is null && string.Equals(revision.ETag, change.PreviousETag, StringComparison.Ordinal)) before = Observed(revision);
            if (after is null && string.Equals(revision.ETag, change.NewETag, StringComparison.Ordinal)) after = Observed(revision);
            if ((before is not null && after is not null) || ++read >= MaxRevisionsRead) break;
        }
        return (before, after);
    }

    private static ObservedSetting Observed(ConfigSetting setting) => new(setting.Value, setting.ContentType, setting.ETag);
}
