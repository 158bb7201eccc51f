namespace Dashboard.Domain.ConfigStores;

/// <summary>When a write may happen: always, only if the setting is unchanged since it was read, or only if it does not exist yet.</summary>
public sealed record ConfigWriteCondition
{
    private ConfigWriteCondition(string? ifMatchETag, bool onlyIfAbsent)
    {
        IfMatchETag = ifMatchETag;
        OnlyIfAbsent = onlyIfAbsent;
    }

    public static ConfigWriteCondition Always { get; } = new(null, false);

    /// <summary>Create only: refused with <see cref="ConfigStoreErrorKind.AlreadyExists"/> if the setting exists.</summary>
    public static ConfigWriteCondition IfAbsent { get; } = new(null, true);

    /// <summary>Replace only the version read: refused with <see cref="ConfigStoreErrorKind.ETagMismatch"/> if it changed since.</summary>
    public static ConfigWriteCondition IfUnchanged(string etag)
    {
        if (string.IsNullOrWhiteSpace(etag))
            throw new DomainException("A conditional write needs the ETag of the setting as it was read; read the setting first.");
        return new(etag, false);
    }

    public string? IfMatchETag { get; }
    public bool OnlyIfAbsent { get; }
}
