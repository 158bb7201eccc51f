namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// The current state of one key-value in a local store. <see cref="Label"/> holds <see cref="StoredLabel.Null"/> for the
/// null label, so the unique index on (store, key, label) works alike on SQLite and SQL Server.
/// <see cref="ETag"/> is the concurrency token: every update and delete is conditional on it at the database.
/// </summary>
public sealed class LocalKeyValue
{
    public long Id { get; private set; }
    public string StoreName { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string Label { get; private set; } = "";
    public string? Value { get; private set; }
    public string? ContentType { get; private set; }
    /// <summary>The tags as a JSON object.</summary>
    public string Tags { get; private set; } = "{}";
    public string ETag { get; private set; } = "";
    public bool IsLocked { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime LastModified { get; private set; }
    public string LastModifiedBy { get; private set; } = "";

    private LocalKeyValue() { }

    public LocalKeyValue(string storeName, string key, string label)
    {
        StoreName = storeName;
        Key = key;
        Label = label;
    }

    public void Write(string? value, string? contentType, string tags, LocalChangeStamp stamp)
    {
        Value = value;
        ContentType = contentType;
        Tags = tags;
        Stamp(stamp);
    }

    public void SetLocked(bool locked, LocalChangeStamp stamp)
    {
        IsLocked = locked;
        Stamp(stamp);
    }

    private void Stamp(LocalChangeStamp stamp)
    {
        ETag = stamp.ETag;
        LastModified = stamp.UtcNow;
        LastModifiedBy = stamp.Actor;
    }
}
