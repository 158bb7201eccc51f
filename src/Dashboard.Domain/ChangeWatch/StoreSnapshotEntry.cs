using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.ChangeWatch;

/// <summary>One key-value of a store as it was last seen: which version, not its value.</summary>
public sealed class StoreSnapshotEntry
{
    public string Key { get; private set; } = "";
    public string? Label { get; private set; }
    public string ETag { get; private set; } = "";
    public DateTimeOffset? LastModified { get; private set; }

    private StoreSnapshotEntry() { }

    internal StoreSnapshotEntry(ConfigSettingVersion version)
    {
        Key = version.Key;
        Label = version.Label;
        Take(version);
    }

    internal void Take(ConfigSettingVersion version)
    {
        ETag = version.ETag;
        LastModified = version.LastModified;
    }

    public ConfigSettingVersion ToVersion() => new(Key, Label, ETag, LastModified);
}
