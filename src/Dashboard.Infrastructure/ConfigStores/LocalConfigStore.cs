using System.Runtime.CompilerServices;
using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// A config store kept in the dashboard's own database, with App Configuration's semantics: keys and labels
/// (null label included), ETags that change on every write, conditional writes, locks, list filters and revisions.
/// Conditions are enforced by the database: the ETag column is a concurrency token and (store, key, label) is unique,
/// so of two writers holding the same ETag exactly one succeeds. One context per operation.
/// </summary>
public sealed class LocalConfigStore : IConfigStoreClient
{
    public const string DefaultActor = "dashboard";

    // An unconditional write that loses a race re-reads and tries again; a conditional one fails at once.
    private const int MaxAttempts = 5;
    private const int PageSize = 100;
    // Versions are four short columns: larger pages mean fewer round trips for a store of tens of thousands of keys.
    private const int VersionPageSize = 1000;

    private readonly IDbContextFactory<DashboardDbContext> _contextFactory;
    private readonly TimeProvider _time;
    private readonly string _actor;

    public LocalConfigStore(IDbContextFactory<DashboardDbContext> contextFactory, string storeName, TimeProvider time, string actor = DefaultActor)
    {
        if (string.IsNullOrWhiteSpace(actor))
            throw new DomainException($"Changes to local store '{storeName}' need an actor (a user name) for the revision history.");
        if (actor.Length > SettingLimits.MaxActorLength)
            throw new DomainException($"The actor name '{actor[..32]}…' is {actor.Length} characters long; at most {SettingLimits.MaxActorLength} are allowed.");
        _contextFactory = contextFactory;
        StoreName = storeName;
        _time = time;
        _actor = actor;
    }

    public string StoreName { get; }

    /// <summary>The same store, with changes recorded in the history under <paramref name="actor"/>.</summary>
    public LocalConfigStore WithActor(string actor) => new(_contextFactory, StoreName, _time, actor);

    public async Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default)
    {
        ConfigKey.Validate(key);
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await FindAsync(db.LocalKeyValues.AsNoTracking(), key, label, cancellationToken);
        if (row is null)
            return ConfigReadResult.NotFound(key, label);
        return ifNoneMatchETag is not null && ETagMatches(row, ifNoneMatchETag)
            ? ConfigReadResult.NotModified(key, label, row.ETag)
            : ConfigReadResult.Found(ToSetting(row));
    }

    public async Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default)
    {
        SettingLimits.Check(setting);
        var (key, label) = (setting.Key, setting.Label);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            var row = await FindAsync(db.LocalKeyValues, key, label, cancellationToken);
            if (condition.OnlyIfAbsent && row is not null)
                throw ConfigStoreErrors.AlreadyExists(key, label);
            if (condition.IfMatchETag is { } etag && (row is null || !ETagMatches(row, etag)))
                throw ConfigStoreErrors.ETagMismatch(key, label);
            if (row is { IsLocked: true })
                throw ConfigStoreErrors.Locked(key, label);

            if (row is null)
                row = db.LocalKeyValues.Add(new LocalKeyValue(StoreName, key, StoredLabel.From(label))).Entity;
            var stamp = NewStamp();
            row.Write(setting.Value, setting.ContentType, TagsJson.Write(setting.Tags), stamp);
            db.LocalKeyValueRevisions.Add(LocalKeyValueRevision.Of(row, LocalChangeKind.Set, stamp));
            if (await TrySaveAsync(db, condition, key, label, cancellationToken))
                return ToSetting(row);
        }
        throw KeptChanging(key, label);
    }

    public async Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        ConfigKey.Validate(key);
        var condition = ifMatchETag is null ? ConfigWriteCondition.Always : ConfigWriteCondition.IfUnchanged(ifMatchETag);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            var row = await FindAsync(db.LocalKeyValues, key, label, cancellationToken);
            // A stale ETag for a setting that is gone is still stale: the caller's version no longer exists.
            if (ifMatchETag is not null && (row is null || !ETagMatches(row, ifMatchETag)))
                throw ConfigStoreErrors.ETagMismatch(key, label);
            if (row is null)
                return null;
            if (row.IsLocked)
                throw ConfigStoreErrors.Locked(key, label);

            db.LocalKeyValues.Remove(row);
            db.LocalKeyValueRevisions.Add(LocalKeyValueRevision.Of(row, LocalChangeKind.Delete, NewStamp()));
            if (await TrySaveAsync(db, condition, key, label, cancellationToken))
                return ToSetting(row);
        }
        throw KeptChanging(key, label);
    }

    public Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        SetLockAsync(key, label, locked: true, ifMatchETag, cancellationToken);

    public Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        SetLockAsync(key, label, locked: false, ifMatchETag, cancellationToken);

    /// <summary>Versions read with only the columns they need, page by page like <see cref="ListSettingsAsync"/>.</summary>
    public async IAsyncEnumerable<ConfigSettingVersion> ListVersionsAsync(ConfigSettingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (keys, labels) = Parse(filter);
        (string Key, string Label)? last = null;
        while (true)
        {
            List<(string Key, string Label, string ETag, DateTime LastModified)> page;
            await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
            {
                var query = Matching(db.LocalKeyValues.AsNoTracking(), keys, labels);
                if (last is var (lastKey, lastLabel))
                    query = query.Where(r => string.Compare(r.Key, lastKey) > 0 || (r.Key == lastKey && string.Compare(r.Label, lastLabel) > 0));
                var rows = await query.OrderBy(r => r.Key).ThenBy(r => r.Label).Take(VersionPageSize)
                    .Select(r => new { r.Key, r.Label, r.ETag, r.LastModified }).ToListAsync(cancellationToken);
                page = [.. rows.Select(r => (r.Key, r.Label, r.ETag, r.LastModified))];
            }
            foreach (var row in page.Where(r => Matches(keys, labels, r.Key, r.Label)))
                yield return new ConfigSettingVersion(row.Key, StoredLabel.ToLabel(row.Label), row.ETag, AsUtc(row.LastModified));
            if (page.Count < VersionPageSize)
                yield break;
            last = (page[^1].Key, page[^1].Label);
        }
    }

    /// <summary>The local store records who made each change: the actor of the history entry for that version.</summary>
    public async Task<string?> FindActorAsync(string key, string? label, string etag, bool deleted, CancellationToken cancellationToken = default)
    {
        var storedLabel = StoredLabel.From(label);
        var bare = ETags.Bare(etag);
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.LocalKeyValueRevisions.AsNoTracking()
            .Where(r => r.StoreName == StoreName && r.Key == key && r.Label == storedLabel && r.ETag == bare);
        // A delete's entry keeps the ETag of the version it removed, the same as that version's own entry.
        rows = deleted ? rows.Where(r => r.Change == LocalChangeKind.Delete) : rows.Where(r => r.Change != LocalChangeKind.Delete);
        return await rows.OrderByDescending(r => r.Timestamp).ThenByDescending(r => r.Id).Select(r => r.Actor).FirstOrDefaultAsync(cancellationToken);
    }

    public async IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (keys, labels) = Parse(filter);
        LocalKeyValue? last = null;
        while (true)
        {
            List<LocalKeyValue> page;
            await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
            {
                var query = Matching(db.LocalKeyValues.AsNoTracking(), keys, labels);
                // Keyset paging: each page is a short query of its own, so a slow reader holds no connection open.
                if (last is not null)
                {
                    var (lastKey, lastLabel) = (last.Key, last.Label);
                    query = query.Where(r => string.Compare(r.Key, lastKey) > 0 || (r.Key == lastKey && string.Compare(r.Label, lastLabel) > 0));
                }
                page = await query.OrderBy(r => r.Key).ThenBy(r => r.Label).Take(PageSize).ToListAsync(cancellationToken);
            }
            foreach (var row in page.Where(r => Matches(keys, labels, r.Key, r.Label)))
                yield return ToSetting(row);
            if (page.Count < PageSize)
                yield break;
            last = page[^1];
        }
    }

    /// <summary>Like App Configuration's revisions: the states set, locked or unlocked, newest first; deletes are not listed.</summary>
    public async IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entry in ReadHistoryAsync(filter, includeDeletes: false, cancellationToken))
            yield return entry.Setting;
    }

    /// <summary>Every change to the settings matching the filter, deletes included, newest first, with who made it.</summary>
    public IAsyncEnumerable<LocalConfigHistoryEntry> ListHistoryAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
        ReadHistoryAsync(filter, includeDeletes: true, cancellationToken);

    private async IAsyncEnumerable<LocalConfigHistoryEntry> ReadHistoryAsync(
        ConfigSettingFilter filter, bool includeDeletes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (keys, labels) = Parse(filter);
        LocalKeyValueRevision? last = null;
        while (true)
        {
            List<LocalKeyValueRevision> page;
            await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
            {
                var query = Matching(db.LocalKeyValueRevisions.AsNoTracking(), keys, labels);
                if (!includeDeletes)
                    query = query.Where(r => r.Change != LocalChangeKind.Delete);
                if (last is not null)
                {
                    var (lastTime, lastId) = (last.Timestamp, last.Id);
                    query = query.Where(r => r.Timestamp < lastTime || (r.Timestamp == lastTime && r.Id < lastId));
                }
                page = await query.OrderByDescending(r => r.Timestamp).ThenByDescending(r => r.Id).Take(PageSize).ToListAsync(cancellationToken);
            }
            foreach (var revision in page.Where(r => Matches(keys, labels, r.Key, r.Label)))
                yield return ToHistoryEntry(revision);
            if (page.Count < PageSize)
                yield break;
            last = page[^1];
        }
    }

    private async Task<ConfigSetting> SetLockAsync(string key, string? label, bool locked, string? ifMatchETag, CancellationToken cancellationToken)
    {
        ConfigKey.Validate(key);
        var condition = ifMatchETag is null ? ConfigWriteCondition.Always : ConfigWriteCondition.IfUnchanged(ifMatchETag);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            var row = await FindAsync(db.LocalKeyValues, key, label, cancellationToken);
            // As App Configuration: a conditional request on a missing setting fails its precondition.
            if (ifMatchETag is not null && (row is null || !ETagMatches(row, ifMatchETag)))
                throw ConfigStoreErrors.ETagMismatch(key, label);
            if (row is null)
                throw ConfigStoreErrors.NotFound(key, label);
            var stamp = NewStamp();
            row.SetLocked(locked, stamp);
            db.LocalKeyValueRevisions.Add(LocalKeyValueRevision.Of(row, locked ? LocalChangeKind.Lock : LocalChangeKind.Unlock, stamp));
            if (await TrySaveAsync(db, condition, key, label, cancellationToken))
                return ToSetting(row);
        }
        throw KeptChanging(key, label);
    }

    /// <summary>
    /// Saves the change and its revision in one transaction. False when another writer got in between the read and this
    /// write and the caller may try again; a conditional write that loses the race is refused instead.
    /// </summary>
    private static async Task<bool> TrySaveAsync(DashboardDbContext db, ConfigWriteCondition condition, string key, string? label, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException) when (condition.IfMatchETag is not null)
        {
            throw ConfigStoreErrors.ETagMismatch(key, label);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            if (condition.OnlyIfAbsent)
                throw ConfigStoreErrors.AlreadyExists(key, label);
            if (condition.IfMatchETag is not null)
                throw ConfigStoreErrors.ETagMismatch(key, label);
            return false;
        }
    }

    private Task<LocalKeyValue?> FindAsync(IQueryable<LocalKeyValue> rows, string key, string? label, CancellationToken cancellationToken)
    {
        var storedLabel = StoredLabel.From(label);
        return rows.SingleOrDefaultAsync(r => r.StoreName == StoreName && r.Key == key && r.Label == storedLabel, cancellationToken);
    }

    private IQueryable<T> Matching<T>(IQueryable<T> rows, KeyFilter keys, LabelFilter labels) =>
        rows.WhereEquals(nameof(LocalKeyValue.StoreName), StoreName)
            .WhereMatches(nameof(LocalKeyValue.Key), keys)
            .WhereMatches(nameof(LocalKeyValue.Label), labels);

    // The exact check, ordinal and case-sensitive, whatever the database's collation did with the SQL filter.
    private static bool Matches(KeyFilter keys, LabelFilter labels, string key, string storedLabel) =>
        keys.Matches(key) && labels.Matches(StoredLabel.ToLabel(storedLabel));

    // One filter syntax for every store: the domain's. A null label filter means every label to the store API, while
    // LabelFilter.Parse(null) is the null label; a filter the syntax refuses is a bad request, as from App Configuration.
    private static (KeyFilter Keys, LabelFilter Labels) Parse(ConfigSettingFilter filter)
    {
        try
        {
            return (KeyFilter.Parse(filter.KeyFilter), filter.LabelFilter is null ? LabelFilter.Any : LabelFilter.Parse(filter.LabelFilter));
        }
        catch (DomainException ex)
        {
            throw ConfigStoreErrors.InvalidRequest(400, ex.Message);
        }
    }

    private static bool ETagMatches(LocalKeyValue row, string etag)
    {
        var bare = ETags.Bare(etag);
        return bare == "*" || string.Equals(row.ETag, bare, StringComparison.Ordinal);
    }

    private LocalChangeStamp NewStamp() => LocalChangeStamp.New(_time, _actor);

    // Other writers changed the setting on every attempt: the caller is told what any writer that lost a race is told.
    private static ConfigStoreException KeptChanging(string key, string? label) => ConfigStoreErrors.ETagMismatch(key, label);

    private static ConfigSetting ToSetting(LocalKeyValue row) =>
        new(row.Key, StoredLabel.ToLabel(row.Label), row.Value, row.ContentType, row.ETag, TagsJson.Read(row.Tags), row.IsLocked, AsUtc(row.LastModified));

    private static LocalConfigHistoryEntry ToHistoryEntry(LocalKeyValueRevision revision) => new(
        new ConfigSetting(revision.Key, StoredLabel.ToLabel(revision.Label), revision.Value, revision.ContentType, revision.ETag,
            TagsJson.Read(revision.Tags), revision.IsLocked, AsUtc(revision.Timestamp)),
        revision.Change, revision.Actor, AsUtc(revision.Timestamp));

    // Providers hand DateTime back with Kind Unspecified; the columns hold UTC.
    private static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
