using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

/// <summary>Writes, conditional writes and locks replayed against sessions recorded from the real service.</summary>
public sealed class RecordedWriteContractTests
{
    [Fact]
    public async Task SetSettingAsync_RecordedCreateOnlyOfExistingKey_ThrowsAlreadyExists()
    {
        var (client, handler) = RecordedClient.For("AddExistingSetting");
        const string key = "key-1068237825";
        var setting = SettingWrites.Standard(key, "test_label");

        await client.SetSettingAsync(setting, ConfigWriteCondition.IfAbsent);
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => client.SetSettingAsync(setting, ConfigWriteCondition.IfAbsent));
        await client.DeleteSettingAsync(key, "test_label");

        Assert.Equal((ConfigStoreErrorKind.AlreadyExists, 412, key, "test_label"), (refused.Kind, refused.StatusCode, refused.Key, refused.Label));
        Assert.Contains("already exists", refused.Message);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task SetSettingAsync_RecordedStaleIfMatch_ThrowsETagMismatch()
    {
        var (client, handler) = RecordedClient.For("SetIfUnchangedSettingModified");
        const string key = "key-892729655";

        var original = await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        var changed = await client.SetSettingAsync(SettingWrites.Standard(key, "test_label", "new_value"), ConfigWriteCondition.Always);
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfUnchanged(original.ETag!)));
        await client.DeleteSettingAsync(key, "test_label");

        Assert.NotEqual(original.ETag, changed.ETag);
        Assert.Equal((ConfigStoreErrorKind.ETagMismatch, 412), (refused.Kind, refused.StatusCode));
        Assert.StartsWith("ETag mismatch: key 'key-892729655' (label 'test_label') changed since you read it", refused.Message);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task DeleteSettingAsync_RecordedMatchingETag_DeletesAndTheKeyIsGone()
    {
        var (client, handler) = RecordedClient.For("DeleteSettingWithETag");
        const string key = "key-659627235";

        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        var read = await client.GetSettingAsync(key, "test_label");
        var deleted = await client.DeleteSettingAsync(key, "test_label", ifMatchETag: read.ETag);
        var after = await client.GetSettingAsync(key, "test_label");

        Assert.Equal(read.ETag, deleted!.ETag);
        Assert.Equal(ConfigReadStatus.NotFound, after.Status);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task DeleteSettingAsync_RecordedMissingKey_ReturnsNull()
    {
        var (client, handler) = RecordedClient.For("DeleteSettingNotFound");

        var deleted = await client.DeleteSettingAsync("key-1404024185", null);

        Assert.Null(deleted);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task SetSettingAsync_RecordedLockedKey_ThrowsLockedAndWorksAfterUnlock()
    {
        var (client, handler) = RecordedClient.For("SetSettingReadOnly");
        const string key = "key-1177250097";

        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        var locked = await client.LockSettingAsync(key, "test_label");
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            client.SetSettingAsync(new ConfigSettingWrite(key, "test_label", "new_value"), ConfigWriteCondition.Always));
        var unlocked = await client.UnlockSettingAsync(key, "test_label");
        await client.DeleteSettingAsync(key, "test_label");

        Assert.True(locked.IsLocked);
        Assert.False(unlocked.IsLocked);
        Assert.Equal((ConfigStoreErrorKind.Locked, 409), (refused.Kind, refused.StatusCode));
        Assert.StartsWith("Key 'key-1177250097' (label 'test_label') is locked: unlock it first", refused.Message);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task DeleteSettingAsync_RecordedLockedKeyWithProblemJson_ThrowsLocked()
    {
        var (client, handler) = RecordedClient.For("DeleteSettingReadOnly");
        const string key = "key-127278410";

        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        await client.LockSettingAsync(key, "test_label");
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => client.DeleteSettingAsync(key, "test_label"));
        await client.UnlockSettingAsync(key, "test_label");
        var deleted = await client.DeleteSettingAsync(key, "test_label");

        Assert.Equal((ConfigStoreErrorKind.Locked, key, "test_label"), (refused.Kind, refused.Key, refused.Label));
        Assert.NotNull(deleted);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task SetSettingAsync_RecordedFeatureFlag_SendsTheFlagBodyAndRecognisesTheFlag()
    {
        var (client, handler) = RecordedClient.For("CanAddAndGetFeatureFlag");

        var flag = await client.SetSettingAsync(ConfigSettingWrite.FeatureFlag("feature 1179169811", null, enabled: true), ConfigWriteCondition.IfAbsent);
        await client.DeleteSettingAsync(flag.Key, null);

        Assert.Equal(".appconfig.featureflag/feature 1179169811", flag.Key);
        Assert.True(flag.IsFeatureFlag);
        Assert.False(flag.IsKeyVaultReference);
        Assert.Equal("/kv/.appconfig.featureflag%2Ffeature%201179169811", handler.Sent[0].Uri.AbsolutePath);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task SetSettingAsync_RecordedKeyVaultReference_RecognisesItAndMasksItsValue()
    {
        var (client, handler) = RecordedClient.For("CanAddAndGetSecretReference", compareAccept: true);

        var reference = await client.SetSettingAsync(
            ConfigSettingWrite.KeyVaultReference("secret1710140813", null, new Uri("http://secret1.com/")), ConfigWriteCondition.IfAbsent);
        await client.DeleteSettingAsync(reference.Key, null);

        Assert.True(reference.IsKeyVaultReference);
        Assert.Equal("{\"uri\":\"http://secret1.com/\"}", reference.Value);
        Assert.Equal(ConfigSetting.HiddenKeyVaultValue, reference.MaskedValue);
        Assert.DoesNotContain("secret1.com", reference.ToString());
        handler.AssertAllServed();
    }
}
