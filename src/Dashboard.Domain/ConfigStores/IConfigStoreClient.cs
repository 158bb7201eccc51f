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

    /// <summary>Makes a setting read-only; throws <see cref="ConfigStoreErrorKind.NotFound"/> if it does not exist.</summary>
    Task<ConfigSetting> LockSettingAsync(string key, string? label, CancellationToken cancellationToken = default);

    /// <summary>Makes a locked setting writable again; throws <see cref="ConfigStoreErrorKind.NotFound"/> if it does not exist.</summary>
    Task<ConfigSetting> UnlockSettingAsync(string key, string? label, CancellationToken cancellationToken = default);

    /// <summary>Earlier values of the settings matching the filter, newest first.</summary>
    IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The changes made after <paramref name="since"/> (all of them when null), oldest first. Stores that keep who changed what
    /// (the local store) say so; App Configuration's revisions do not, so <see cref="ConfigChange.Actor"/> is null there.
    /// </summary>
    async Task<IReadOnlyList<ConfigChange>> ListChangesSinceAsync(DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        List<ConfigChange> changes = [];
        await foreach (var revision in ListRevisionsAsync(ConfigSettingFilter.All, cancellationToken))
        {
            // Revisions come newest first; the first one not after the checkpoint ends the new part.
            if (revision.LastModified is not { } at || at <= since) break;
            changes.Add(new ConfigChange(revision.Key, revision.Label, at, null, revision.ETag, false));
        }
        changes.Reverse();
        return changes;
    }
}
