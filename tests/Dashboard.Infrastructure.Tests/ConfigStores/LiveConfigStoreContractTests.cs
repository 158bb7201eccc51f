using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>
/// The scenarios no recording covers, for stores that answer live: the local store always, and an App Configuration
/// endpoint (e.g. a locally built official emulator) when one is given. Every key is under a prefix of its own per
/// test, so a shared store is never disturbed; each scenario deletes what it wrote.
/// </summary>
public abstract class LiveConfigStoreContractTests : ConfigStoreContractTests
{
    private readonly string _prefix = $"contract-{Guid.NewGuid():N}/";

    private IConfigStoreClient Store() => Open("live");

    private string Key(string name) => _prefix + name;

    private ConfigSettingFilter UnderPrefix(string? label = null) => new(ConfigSettingFilter.Escape(_prefix) + "*", label);

    private static async Task DeleteAllAsync(IConfigStoreClient store, IEnumerable<ConfigSetting> settings)
    {
        foreach (var setting in settings)
        {
            if (setting.IsLocked) await store.UnlockSettingAsync(setting.Key, setting.Label);
            await store.DeleteSettingAsync(setting.Key, setting.Label);
        }
    }

    private async Task CleanUpAsync(IConfigStoreClient store) => await DeleteAllAsync(store, await store.ListSettingsAsync(UnderPrefix()).ToListAsync());

    [SkippableFact]
    public async Task ListSettingsAsync_MoreThanOnePage_ListsEverySettingOnce()
    {
        var store = Store();
        for (var i = 0; i < 105; i++)
            await store.SetSettingAsync(new ConfigSettingWrite(Key($"page/{i:D3}"), null, $"{i}"), ConfigWriteCondition.Always);

        var listed = await store.ListSettingsAsync(UnderPrefix()).ToListAsync();
        var versions = await store.ListVersionsAsync(UnderPrefix()).ToListAsync();
        await CleanUpAsync(store);

        Assert.Equal(105, listed.Select(s => s.Key).Distinct().Count());
        Assert.Equal(105, listed.Count);
        Assert.Equal(listed.Select(s => (s.Key, s.ETag)).Order(), versions.Select(v => (v.Key, (string?)v.ETag)).Order());
    }

    [SkippableFact]
    public async Task ListSettingsAsync_LabelFilters_SelectTheNullLabelOrOneLabel()
    {
        var store = Store();
        var key = Key("labelled");
        await store.SetSettingAsync(new ConfigSettingWrite(key, null, "base"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite(key, "staging", "stg"), ConfigWriteCondition.Always);
        await store.SetSettingAsync(new ConfigSettingWrite(key, "production", "prd"), ConfigWriteCondition.Always);

        var nullLabel = await store.ListSettingsAsync(UnderPrefix(ConfigSettingFilter.NullLabel)).ToListAsync();
        var production = await store.ListSettingsAsync(UnderPrefix("production")).ToListAsync();
        var every = await store.ListSettingsAsync(UnderPrefix()).ToListAsync();
        await CleanUpAsync(store);

        Assert.Equal(["base"], nullLabel.Select(s => s.Value));
        Assert.Equal(["prd"], production.Select(s => s.Value));
        Assert.Equal(3, every.Count);
    }

    [SkippableTheory]
    [InlineData("comma,in,key")]
    [InlineData("star*in*key")]
    [InlineData(@"back\slash")]
    [InlineData("feature/with/slashes")]
    [InlineData("ünïcödé:ключ")]
    [InlineData("space in key")]
    public async Task SetAndGet_SpecialCharactersInTheKey_RoundTripAndAreFoundExactly(string name)
    {
        var store = Store();
        var key = Key(name);
        await store.SetSettingAsync(new ConfigSettingWrite(Key("decoy"), null, "decoy"), ConfigWriteCondition.Always);

        var written = await store.SetSettingAsync(new ConfigSettingWrite(key, "prod,eu", "v"), ConfigWriteCondition.Always);
        var read = await store.GetSettingAsync(key, "prod,eu");
        var found = await store.ListSettingsAsync(ConfigSettingFilter.ForSetting(key, "prod,eu")).ToListAsync();
        await CleanUpAsync(store);

        Assert.Equal(key, written.Key);
        Assert.Equal((ConfigReadStatus.Found, key), (read.Status, read.Setting!.Key));
        Assert.Equal([key], found.Select(s => s.Key));
    }

    [SkippableFact]
    public async Task SetSettingAsync_TagsAndContentType_RoundTripAndANewValueKeepsThem()
    {
        var store = Store();
        var key = Key("json");
        var tags = new Dictionary<string, string> { ["owner"] = "payments", ["ticket"] = "INC-42" };
        await store.SetSettingAsync(new ConfigSettingWrite(key, "prod", """{"rate":0.08}""", "application/json", tags), ConfigWriteCondition.Always);

        var current = (await store.GetSettingAsync(key, "prod")).Setting!;
        var rewritten = await store.SetSettingAsync(ConfigSettingRewrite.ForNewValue(current, key, "prod", """{"rate":0.0825}"""),
            ConfigWriteCondition.IfUnchanged(current.ETag!));
        var reread = (await store.GetSettingAsync(key, "prod")).Setting!;
        await CleanUpAsync(store);

        Assert.Equal("application/json", current.ContentType);
        Assert.Equal(tags, new Dictionary<string, string>(current.Tags));
        Assert.Equal(("""{"rate":0.0825}""", "application/json"), (reread.Value, reread.ContentType));
        Assert.Equal(tags, new Dictionary<string, string>(reread.Tags));
        Assert.False(reread.IsLocked);
        Assert.Equal(rewritten.ETag, reread.ETag);
    }

    [SkippableFact]
    public async Task ConditionalRequests_IfMatchAndIfNoneMatch_FollowTheETag()
    {
        var store = Store();
        var key = Key("conditional");
        var first = await store.SetSettingAsync(new ConfigSettingWrite(key, null, "1"), ConfigWriteCondition.IfAbsent);

        var unchanged = await store.GetSettingAsync(key, null, ifNoneMatchETag: first.ETag);
        var second = await store.SetSettingAsync(new ConfigSettingWrite(key, null, "2"), ConfigWriteCondition.IfUnchanged(first.ETag!));
        var stale = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            store.SetSettingAsync(new ConfigSettingWrite(key, null, "3"), ConfigWriteCondition.IfUnchanged(first.ETag!)));
        var changed = await store.GetSettingAsync(key, null, ifNoneMatchETag: first.ETag);
        await CleanUpAsync(store);

        Assert.Equal(ConfigReadStatus.NotModified, unchanged.Status);
        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, stale.Kind);
        Assert.Equal((ConfigReadStatus.Found, "2", second.ETag), (changed.Status, changed.Setting!.Value, changed.ETag));
    }

    [SkippableFact]
    public async Task Locks_ConditionalOnTheETag_RefuseAStaleLockAndKeepWritesOut()
    {
        var store = Store();
        var key = Key("locked");
        var first = await store.SetSettingAsync(new ConfigSettingWrite(key, null, "1"), ConfigWriteCondition.Always);
        var second = await store.SetSettingAsync(new ConfigSettingWrite(key, null, "2"), ConfigWriteCondition.Always);

        var staleLock = await Assert.ThrowsAsync<ConfigStoreException>(() => store.LockSettingAsync(key, null, first.ETag));
        var locked = await store.LockSettingAsync(key, null, second.ETag);
        var write = await Assert.ThrowsAsync<ConfigStoreException>(() => store.SetSettingAsync(new ConfigSettingWrite(key, null, "3"), ConfigWriteCondition.Always));
        var staleUnlock = await Assert.ThrowsAsync<ConfigStoreException>(() => store.UnlockSettingAsync(key, null, second.ETag));
        var unlocked = await store.UnlockSettingAsync(key, null, locked.ETag);
        await CleanUpAsync(store);

        Assert.Equal((ConfigStoreErrorKind.ETagMismatch, ConfigStoreErrorKind.Locked, ConfigStoreErrorKind.ETagMismatch), (staleLock.Kind, write.Kind, staleUnlock.Kind));
        Assert.Equal((true, false, "2"), (locked.IsLocked, unlocked.IsLocked, unlocked.Value));
    }

    [SkippableFact]
    public async Task ListRevisionsAsync_SeveralWrites_HoldsEveryVersionWhateverTheOrder()
    {
        var store = Store();
        var key = Key("revised");
        var etags = new List<string?>();
        foreach (var value in new[] { "1", "2", "3" })
            etags.Add((await store.SetSettingAsync(new ConfigSettingWrite(key, "prod", value), ConfigWriteCondition.Always)).ETag);

        var revisions = await store.ListRevisionsAsync(ConfigSettingFilter.ForSetting(key, "prod")).ToListAsync();
        await CleanUpAsync(store);

        Assert.Subset(revisions.Select(r => r.ETag).ToHashSet(), etags.ToHashSet());
        Assert.Equal(["1", "2", "3"], revisions.Select(r => r.Value).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task DeleteSettingAsync_StaleETagRefused_CurrentDeletes_MissingIsNull()
    {
        var store = Store();
        var key = Key("deleted");
        var first = await store.SetSettingAsync(new ConfigSettingWrite(key, null, "1"), ConfigWriteCondition.Always);
        var second = await store.SetSettingAsync(new ConfigSettingWrite(key, null, "2"), ConfigWriteCondition.Always);

        var stale = await Assert.ThrowsAsync<ConfigStoreException>(() => store.DeleteSettingAsync(key, null, first.ETag));
        var deleted = await store.DeleteSettingAsync(key, null, second.ETag);
        var again = await store.DeleteSettingAsync(key, null);

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, stale.Kind);
        Assert.Equal(("2", second.ETag), (deleted!.Value, deleted.ETag));
        Assert.Null(again);
        Assert.Equal(ConfigReadStatus.NotFound, (await store.GetSettingAsync(key, null)).Status);
    }

    [SkippableFact]
    public async Task OutOfBandComparison_ChangeDeleteAndAddInTheSameSecond_AreEachFoundOnce()
    {
        var store = Store();
        foreach (var name in new[] { "a", "b", "c" })
            await store.SetSettingAsync(new ConfigSettingWrite(Key(name), "prod", "1"), ConfigWriteCondition.Always);
        var snapshot = StoreSnapshot.Baseline("contract", await store.ListVersionsAsync(UnderPrefix()).ToListAsync(), DateTimeOffset.UtcNow);

        await store.SetSettingAsync(new ConfigSettingWrite(Key("c"), "prod", "2"), ConfigWriteCondition.Always);
        await store.DeleteSettingAsync(Key("a"), "prod");
        await store.SetSettingAsync(new ConfigSettingWrite(Key("d"), "prod", "1"), ConfigWriteCondition.Always);
        var changes = snapshot.Advance(await store.ListVersionsAsync(UnderPrefix()).ToListAsync(), DateTimeOffset.UtcNow);
        var none = snapshot.Advance(await store.ListVersionsAsync(UnderPrefix()).ToListAsync(), DateTimeOffset.UtcNow);
        await CleanUpAsync(store);

        Assert.Equal([(Key("a"), ObservedChangeKind.Deleted), (Key("c"), ObservedChangeKind.Modified), (Key("d"), ObservedChangeKind.Added)],
            changes.Select(c => (c.Key, c.Kind)));
        Assert.Empty(none);
    }
}
