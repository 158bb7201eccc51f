namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>What a revision of a local key-value records.</summary>
public enum LocalChangeKind
{
    Set,
    Delete,
    Lock,
    Unlock,
}
