using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>What the local store offers a watcher: value-free versions, and who made a change.</summary>
public sealed class LocalConfigStoreCapabilityTests
{
    private const string Key = "tax.rate.default";

    [Fact]
    public async Task FindActorAsync_SetThenDelete_NamesWhoWroteAndWhoDeletedThatVersion()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");

        var written = await store.WithActor("alice").SetSettingAsync(new ConfigSettingWrite(Key, "production", "0.08"), ConfigWriteCondition.Always);
        await store.WithActor("bob").DeleteSettingAsync(Key, "production");

        Assert.Equal("alice", await store.FindActorAsync(Key, "production", written.ETag!, deleted: false));
        Assert.Equal("bob", await store.FindActorAsync(Key, "production", written.ETag!, deleted: true));
        Assert.Null(await store.FindActorAsync(Key, "staging", written.ETag!, deleted: false));
    }

    [Fact]
    public async Task FindActorAsync_ThroughThePort_IsTheLocalStoresAnswer()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        IConfigStoreClient store = database.ConfigStores.Get("shared-config").WithActor("carol");

        var written = await store.SetSettingAsync(new ConfigSettingWrite(Key, null, "1"), ConfigWriteCondition.Always);

        Assert.Equal("carol", await store.FindActorAsync(Key, null, written.ETag!, deleted: false));
    }

    [Fact]
    public async Task ListVersionsAsync_MoreThanAPage_ListsEveryVersionWithItsETag()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");
        var written = new Dictionary<(string, string?), string>();
        // Rows written directly, in one transaction: a thousand writes through the store would take a minute.
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            for (var i = 0; i < 1005; i++)
            {
                var row = new LocalKeyValue("shared-config", $"k{i:D4}", i % 2 == 0 ? "" : "production");
                var stamp = LocalChangeStamp.New(TimeProvider.System, "seed");
                row.Write("v", null, "{}", stamp);
                db.LocalKeyValues.Add(row);
                written[(row.Key, i % 2 == 0 ? null : "production")] = stamp.ETag;
            }
            await db.SaveChangesAsync();
        }

        var versions = await store.ListVersionsAsync(ConfigSettingFilter.All).ToListAsync();

        Assert.Equal(1005, versions.Count);
        Assert.All(versions, v => Assert.Equal(written[(v.Key, v.Label)], v.ETag));
        Assert.All(versions, v => Assert.NotNull(v.LastModified));
    }

    [Fact]
    public async Task ListSettingsAsync_ForSettingWhoseKeyHasFilterCharacters_FindsExactlyThatKey()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");
        await store.SetSettingAsync(new ConfigSettingWrite("a,b", null, "comma"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("a", null, "a"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("b", null, "b"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("star*", null, "star"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("starry", null, "starry"), ConfigWriteCondition.Always);

        var comma = await store.ListSettingsAsync(ConfigSettingFilter.ForSetting("a,b", null)).ToListAsync();
        var star = await store.ListSettingsAsync(ConfigSettingFilter.ForSetting("star*", null)).ToListAsync();

        Assert.Equal(["comma"], comma.Select(s => s.Value));
        Assert.Equal(["star"], star.Select(s => s.Value));
    }

    [Fact]
    public async Task LockSettingAsync_StaleETag_IsRefusedAndTheSettingStaysUnlocked()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");
        var first = await store.SetSettingAsync(new ConfigSettingWrite(Key, null, "1"), ConfigWriteCondition.Always);
        var second = await store.SetSettingAsync(new ConfigSettingWrite(Key, null, "2"), ConfigWriteCondition.Always);

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => store.LockSettingAsync(Key, null, first.ETag));
        var locked = await store.LockSettingAsync(Key, null, second.ETag);
        var unlocked = await store.UnlockSettingAsync(Key, null, locked.ETag);

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
        Assert.True(locked.IsLocked);
        Assert.False(unlocked.IsLocked);
    }

    [Fact]
    public async Task UnlockSettingAsync_ETagOfAMissingSetting_IsAnETagMismatch()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => store.UnlockSettingAsync(Key, null, "gone"));

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
    }
}
