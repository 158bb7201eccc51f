namespace Dashboard.Domain.ChangeWatch;

public enum ObservedChangeKind
{
    /// <summary>A key and label that was not there at the last look.</summary>
    Added,
    /// <summary>Same key and label, another ETag: written, locked or unlocked since the last look.</summary>
    Modified,
    /// <summary>A key and label that was there at the last look and is gone.</summary>
    Deleted,
}
