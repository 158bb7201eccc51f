namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// A key-value configuration store: Azure App Configuration, or the embedded local store.
/// Failures the user must act on surface as <see cref="ConfigStoreException"/> with a <see cref="ConfigStoreErrorKind"/>.
/// </summary>
public interface IConfigStoreClient
{
    /// <summary>Settings matching the filter, fetched page by page as the caller enumerates, in the store's order (key, then label).</summary>
    IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// One setting. With <paramref name="ifNoneMatchETag"/> the store answers <see cref="ConfigReadStatus.NotModified"/>
    /// when the setting still has that ETag; a missing setting is <see cref="ConfigReadStatus.NotFound"/>, not an exception.
    /// </summary>
    Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces a setting under <paramref name="condition"/>; returns the stored setting with its new ETag.
    /// Throws <see cref="ConfigStoreException"/> with <see cref="ConfigStoreErrorKind.ETagMismatch"/>,
    /// <see cref="ConfigStoreErrorKind.AlreadyExists"/> or <see cref="ConfigStoreErrorKind.Locked"/> when the write is refused.
    /// </summary>
    Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a setting; returns what was deleted, or null when there was nothing to delete.
    /// With <paramref name="ifMatchETag"/> the delete is refused (<see cref="ConfigStoreErrorKind.ETagMismatch"/>) if the setting changed.
    /// </summary>
    Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a setting read-only; throws <see cref="ConfigStoreErrorKind.NotFound"/> if it does not exist. With
    /// <paramref name="ifMatchETag"/> the lock is refused (<see cref="ConfigStoreErrorKind.ETagMismatch"/>) if the setting changed.
    /// </summary>
    Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>Makes a locked setting writable again; <paramref name="ifMatchETag"/> and failures as for <see cref="LockSettingAsync"/>.</summary>
    Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>Earlier values of the settings matching the filter. No order is promised: Azure's REST reference gives none.</summary>
    IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which version of each matching setting the store holds (key, label, ETag, last modified), without values:
    /// what a watcher compares between two looks. Stores that can leave the values out of the answer do.
    /// </summary>
    IAsyncEnumerable<ConfigSettingVersion> ListVersionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
        ConfigSettingVersions.FromSettings(ListSettingsAsync(filter, cancellationToken), cancellationToken);

    /// <summary>
    /// Who made a change, when the store records it: the version with <paramref name="etag"/> (for a deletion, the ETag
    /// of the version deleted). Null when the store does not say; Azure App Configuration's data plane never does.
    /// </summary>
    Task<string?> FindActorAsync(string key, string? label, string etag, bool deleted, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);
}
