namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// One row of a local store's append-only history: the key-value as it stood after a set, lock or unlock,
/// or as it was when deleted, with the time and the actor.
/// </summary>
public sealed class LocalKeyValueRevision
{
    public long Id { get; private set; }
    public string StoreName { get; private set; } = "";
    public string Key { get; private set; } = "";
    /// <summary><see cref="StoredLabel.Null"/> for the null label, as in <see cref="LocalKeyValue.Label"/>.</summary>
    public string Label { get; private set; } = "";
    public LocalChangeKind Change { get; private set; }
    public string? Value { get; private set; }
    public string? ContentType { get; private set; }
    public string Tags { get; private set; } = "{}";
    public string ETag { get; private set; } = "";
    public bool IsLocked { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime Timestamp { get; private set; }
    public string Actor { get; private set; } = "";

    private LocalKeyValueRevision() { }

    public static LocalKeyValueRevision Of(LocalKeyValue keyValue, LocalChangeKind change, LocalChangeStamp stamp) => new()
    {
        StoreName = keyValue.StoreName,
        Key = keyValue.Key,
        Label = keyValue.Label,
        Change = change,
        Value = keyValue.Value,
        ContentType = keyValue.ContentType,
        Tags = keyValue.Tags,
        ETag = keyValue.ETag,
        IsLocked = keyValue.IsLocked,
        Timestamp = stamp.UtcNow,
        Actor = stamp.Actor,
    };
}
