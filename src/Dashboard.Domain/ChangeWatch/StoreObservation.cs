using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.ChangeWatch;

/// <summary>One look at one store: the versions it listed, or why it could not be read.</summary>
public sealed record StoreObservation
{
    private StoreObservation(string store, IReadOnlyList<ConfigSettingVersion>? versions, string? failure, ConfigStoreErrorKind? failureKind)
    {
        Store = store;
        Versions = versions;
        Failure = failure;
        FailureKind = failureKind;
    }

    public string Store { get; }
    /// <summary>Null when the store failed.</summary>
    public IReadOnlyList<ConfigSettingVersion>? Versions { get; }
    /// <summary>Why the store could not be read, for the page; null when it was.</summary>
    public string? Failure { get; }
    /// <summary>The store's error kind; null when it was read, or when the failure was not the store's own answer.</summary>
    public ConfigStoreErrorKind? FailureKind { get; }

    public bool Succeeded => Versions is not null;

    public static StoreObservation Listed(string store, IReadOnlyList<ConfigSettingVersion> versions) => new(store, versions, null, null);

    public static StoreObservation Failed(string store, ConfigStoreException error) => new(store, null, error.Message, error.Kind);

    public static StoreObservation Failed(string store, string reason) => new(store, null, reason, null);
}
