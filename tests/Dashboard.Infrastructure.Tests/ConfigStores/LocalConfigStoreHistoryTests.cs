using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>The append-only history: every set, lock, unlock and delete, with who made it, newest first.</summary>
public sealed class LocalConfigStoreHistoryTests
{
    private const string Key = "Billing:Retry:BackoffSeconds";

    [Fact]
    public async Task ListHistoryAsync_EveryChange_IsRecordedNewestFirstWithItsActor()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new SteppingTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1));
        var store = new LocalConfigStore(database.Factory, "shared-config", time);
        var alice = store.WithActor("alice");
        var bob = store.WithActor("bob");

        var created = await alice.SetSettingAsync(new ConfigSettingWrite(Key, "production", "0"), ConfigWriteCondition.IfAbsent);
        var locked = await bob.LockSettingAsync(Key, "production");
        await bob.UnlockSettingAsync(Key, "production");
        var changed = await alice.SetSettingAsync(new ConfigSettingWrite(Key, "production", "2"), ConfigWriteCondition.Always);
        await bob.DeleteSettingAsync(Key, "production");

        var history = await store.ListHistoryAsync(ConfigSettingFilter.ForSetting(Key, "production")).ToListAsync();

        Assert.Equal(
            [LocalChangeKind.Delete, LocalChangeKind.Set, LocalChangeKind.Unlock, LocalChangeKind.Lock, LocalChangeKind.Set],
            history.Select(h => h.Change));
        Assert.Equal(["bob", "alice", "bob", "bob", "alice"], history.Select(h => h.Actor));
        Assert.Equal(["2", "2", "0", "0", "0"], history.Select(h => h.Setting.Value));
        Assert.Equal([false, false, false, true, false], history.Select(h => h.Setting.IsLocked));
        Assert.Equal(created.ETag, history[^1].Setting.ETag);
        Assert.Equal(locked.ETag, history[3].Setting.ETag);
        Assert.Equal(changed.ETag, history[0].Setting.ETag);
        Assert.True(history.Zip(history.Skip(1)).All(pair => pair.First.Timestamp > pair.Second.Timestamp));
    }

    [Fact]
    public async Task ListRevisionsAsync_LikeAppConfiguration_ListsStatesButNotDeletes()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");
        await store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite(Key, null, "2"), ConfigWriteCondition.Always);
        await store.DeleteSettingAsync(Key, null);

        var revisions = await store.ListRevisionsAsync(ConfigSettingFilter.ForSetting(Key, null)).ToListAsync();

        Assert.Equal(["2", "0"], revisions.Select(r => r.Value));
    }

    [Fact]
    public async Task ListRevisionsAsync_Filters_AreTheListFilters()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");
        await store.SetSettingAsync(new ConfigSettingWrite("Billing:A", "staging", "1"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("Billing:B", "production", "2"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("Invoice:C", "staging", "3"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite("Billing:A", null, "4"), ConfigWriteCondition.Always);

        var billingStaging = await store.ListRevisionsAsync(new ConfigSettingFilter("Billing:*", "staging")).ToListAsync();
        var nullLabel = await store.ListRevisionsAsync(new ConfigSettingFilter(LabelFilter: ConfigSettingFilter.NullLabel)).ToListAsync();
        var all = await store.ListRevisionsAsync(ConfigSettingFilter.All).ToListAsync();

        Assert.Equal(["1"], billingStaging.Select(r => r.Value));
        Assert.Equal(["4"], nullLabel.Select(r => r.Value));
        Assert.Equal(["4", "3", "2", "1"], all.Select(r => r.Value));
    }

    [Fact]
    public async Task SetSettingAsync_Refused_WritesNoRevision()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var store = database.ConfigStores.Get("shared-config");
        await store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0"), ConfigWriteCondition.IfAbsent);

        await Assert.ThrowsAsync<ConfigStoreException>(() => store.SetSettingAsync(new ConfigSettingWrite(Key, null, "1"), ConfigWriteCondition.IfAbsent));
        await Assert.ThrowsAsync<ConfigStoreException>(() => store.SetSettingAsync(new ConfigSettingWrite(Key, null, "1"), ConfigWriteCondition.IfUnchanged("stale")));

        var history = await store.ListHistoryAsync(ConfigSettingFilter.ForSetting(Key, null)).ToListAsync();
        Assert.Single(history);
    }
}
