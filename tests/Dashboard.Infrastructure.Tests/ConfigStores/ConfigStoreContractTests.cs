using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>
/// The behaviour every <see cref="IConfigStoreClient"/> must share, written once and run against each store: the Azure
/// client replaying sessions recorded from the real service, and the local store. Each scenario makes exactly the calls
/// of the recorded session it is named after, with the recording's keys, so both stores answer the same conversation.
/// Asserts compare a store with itself (an ETag read equals the ETag written), never with recorded values.
/// </summary>
public abstract class ConfigStoreContractTests
{
    /// <summary>A store ready for the scenario recorded as <paramref name="session"/>.</summary>
    protected abstract IConfigStoreClient Open(string session);

    /// <summary>Called at the end of each scenario: the replaying store checks that every recorded request was made.</summary>
    protected abstract void AssertScenarioComplete();

    [SkippableFact]
    public async Task GetSettingAsync_AfterWrite_ReturnsWhatWasWrittenWithTheWritesETag()
    {
        var store = Open("GetSetting");
        const string key = "key-290156711";

        var written = await store.SetSettingAsync(SettingWrites.Standard(key, null), ConfigWriteCondition.Always);
        var read = await store.GetSettingAsync(key, null);
        var deleted = await store.DeleteSettingAsync(key, null);

        Assert.Equal(ConfigReadStatus.Found, read.Status);
        var setting = read.Setting!;
        Assert.Equal((key, (string?)null, "test_value", "test_content_type"), (setting.Key, setting.Label, setting.Value, setting.ContentType));
        Assert.False(string.IsNullOrEmpty(setting.ETag));
        Assert.Equal(written.ETag, setting.ETag);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(["tag1", "tag2"], setting.Tags.Keys);
        Assert.Equal("value2", setting.Tags["tag2"]);
        Assert.False(setting.IsLocked);
        Assert.NotNull(setting.LastModified);
        Assert.Equal((key, written.ETag), (deleted!.Key, deleted.ETag));
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task GetSettingAsync_MissingKey_ReturnsNotFound()
    {
        var store = Open("GetSettingNotFound");

        var read = await store.GetSettingAsync("key-1302682137", null);

        Assert.Equal(ConfigReadStatus.NotFound, read.Status);
        Assert.Null(read.Setting);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task GetSettingAsync_WithTheCurrentETag_ReturnsNotModified()
    {
        var store = Open("GetIfChangedSettingUnmodified");
        const string key = "key-1333503661";

        var created = await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        var read = await store.GetSettingAsync(key, "test_label", ifNoneMatchETag: created.ETag);
        await store.DeleteSettingAsync(key, "test_label");

        Assert.Equal(ConfigReadStatus.NotModified, read.Status);
        Assert.Null(read.Setting);
        Assert.Equal(created.ETag, read.ETag);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task ListSettingsAsync_KeyAndLabelFilter_ReturnsTheOneMatch()
    {
        var store = Open("GetBatchSettingKeyLabel");
        const string key = "key-1971522758";

        var written = await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        var settings = await store.ListSettingsAsync(new ConfigSettingFilter(key, "test_label")).ToListAsync();
        await store.DeleteSettingAsync(key, "test_label");

        var only = Assert.Single(settings);
        Assert.Equal((key, "test_label", "test_value", written.ETag), (only.Key, only.Label, only.Value, only.ETag));
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task ListRevisionsAsync_KeyAndLabel_ReturnsOnlyThatLabelsRevision()
    {
        var store = Open("GetRevisionsByKeyAndLabel");
        const string key = "key-1225782916";

        await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        var updateLabel = await store.SetSettingAsync(SettingWrites.Standard(key, "test_label_update"), ConfigWriteCondition.Always);
        var revisions = await store.ListRevisionsAsync(new ConfigSettingFilter(key, "test_label_update")).ToListAsync();
        await store.DeleteSettingAsync(key, "test_label");
        await store.DeleteSettingAsync(key, "test_label_update");

        var revision = Assert.Single(revisions);
        Assert.Equal(("test_label_update", updateLabel.ETag, "test_value"), (revision.Label, revision.ETag, revision.Value));
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task SetSettingAsync_CreateOnlyOfExistingKey_ThrowsAlreadyExists()
    {
        var store = Open("AddExistingSetting");
        const string key = "key-1068237825";
        var setting = SettingWrites.Standard(key, "test_label");

        await store.SetSettingAsync(setting, ConfigWriteCondition.IfAbsent);
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => store.SetSettingAsync(setting, ConfigWriteCondition.IfAbsent));
        await store.DeleteSettingAsync(key, "test_label");

        Assert.Equal((ConfigStoreErrorKind.AlreadyExists, 412, key, "test_label"), (refused.Kind, refused.StatusCode, refused.Key, refused.Label));
        Assert.Contains("already exists", refused.Message);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task SetSettingAsync_StaleIfMatch_ThrowsETagMismatch()
    {
        var store = Open("SetIfUnchangedSettingModified");
        const string key = "key-892729655";

        var original = await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        var changed = await store.SetSettingAsync(SettingWrites.Standard(key, "test_label", "new_value"), ConfigWriteCondition.Always);
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfUnchanged(original.ETag!)));
        await store.DeleteSettingAsync(key, "test_label");

        Assert.NotEqual(original.ETag, changed.ETag);
        Assert.Equal("new_value", changed.Value);
        Assert.Equal((ConfigStoreErrorKind.ETagMismatch, 412), (refused.Kind, refused.StatusCode));
        Assert.StartsWith("ETag mismatch: key 'key-892729655' (label 'test_label') changed since you read it", refused.Message);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task DeleteSettingAsync_MatchingETag_DeletesAndTheKeyIsGone()
    {
        var store = Open("DeleteSettingWithETag");
        const string key = "key-659627235";

        await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        var read = await store.GetSettingAsync(key, "test_label");
        var deleted = await store.DeleteSettingAsync(key, "test_label", ifMatchETag: read.ETag);
        var after = await store.GetSettingAsync(key, "test_label");

        Assert.Equal(read.ETag, deleted!.ETag);
        Assert.Equal(ConfigReadStatus.NotFound, after.Status);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task DeleteSettingAsync_MissingKey_ReturnsNull()
    {
        var store = Open("DeleteSettingNotFound");

        var deleted = await store.DeleteSettingAsync("key-1404024185", null);

        Assert.Null(deleted);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task SetSettingAsync_LockedKey_ThrowsLockedAndLockingChangesTheETag()
    {
        var store = Open("SetSettingReadOnly");
        const string key = "key-1177250097";

        var created = await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        var locked = await store.LockSettingAsync(key, "test_label");
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            store.SetSettingAsync(new ConfigSettingWrite(key, "test_label", "new_value"), ConfigWriteCondition.Always));
        var unlocked = await store.UnlockSettingAsync(key, "test_label");
        await store.DeleteSettingAsync(key, "test_label");

        Assert.True(locked.IsLocked);
        Assert.False(unlocked.IsLocked);
        Assert.Equal("test_value", unlocked.Value);
        Assert.Equal(3, new[] { created.ETag, locked.ETag, unlocked.ETag }.Distinct().Count());
        Assert.Equal((ConfigStoreErrorKind.Locked, 409), (refused.Kind, refused.StatusCode));
        Assert.StartsWith("Key 'key-1177250097' (label 'test_label') is locked: unlock it first", refused.Message);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task DeleteSettingAsync_LockedKey_ThrowsLockedAndDeletesAfterUnlock()
    {
        var store = Open("DeleteSettingReadOnly");
        const string key = "key-127278410";

        await store.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        await store.LockSettingAsync(key, "test_label");
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => store.DeleteSettingAsync(key, "test_label"));
        await store.UnlockSettingAsync(key, "test_label");
        var deleted = await store.DeleteSettingAsync(key, "test_label");

        Assert.Equal((ConfigStoreErrorKind.Locked, key, "test_label"), (refused.Kind, refused.Key, refused.Label));
        Assert.NotNull(deleted);
        Assert.False(deleted.IsLocked);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task SetSettingAsync_FeatureFlag_IsStoredUnderTheFlagPrefixAndRecognised()
    {
        var store = Open("CanAddAndGetFeatureFlag");

        var flag = await store.SetSettingAsync(ConfigSettingWrite.FeatureFlag("feature 1179169811", null, enabled: true), ConfigWriteCondition.IfAbsent);
        await store.DeleteSettingAsync(flag.Key, null);

        Assert.Equal(".appconfig.featureflag/feature 1179169811", flag.Key);
        Assert.True(flag.IsFeatureFlag);
        Assert.False(flag.IsKeyVaultReference);
        Assert.Contains("\"enabled\":true", flag.Value);
        AssertScenarioComplete();
    }

    [SkippableFact]
    public async Task SetSettingAsync_KeyVaultReference_IsRecognisedAndItsValueMasked()
    {
        var store = Open("CanAddAndGetSecretReference");

        var reference = await store.SetSettingAsync(
            ConfigSettingWrite.KeyVaultReference("secret1710140813", null, new Uri("http://secret1.com/")), ConfigWriteCondition.IfAbsent);
        await store.DeleteSettingAsync(reference.Key, null);

        Assert.True(reference.IsKeyVaultReference);
        Assert.Equal("{\"uri\":\"http://secret1.com/\"}", reference.Value);
        Assert.Equal(ConfigSetting.HiddenKeyVaultValue, reference.MaskedValue);
        Assert.DoesNotContain("secret1.com", reference.ToString());
        AssertScenarioComplete();
    }
}
