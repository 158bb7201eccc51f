using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>The local store's single-setting semantics: labels, ETags, conditions, locks and limits.</summary>
public sealed class LocalConfigStoreTests : IAsyncLifetime, IDisposable
{
    private const string Key = "tax.rate.default";
    private readonly SqliteTestDatabase _database = new();
    private LocalConfigStore _store = null!;

    public async Task InitializeAsync()
    {
        await _database.Initializer.InitializeAsync(seedDemoWorld: false, CancellationToken.None);
        _store = _database.ConfigStores.Get("contoso-shared-config");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SetSettingAsync_NullLabelAndLabelled_AreSeparateSettings()
    {
        await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0.07"), ConfigWriteCondition.IfAbsent);
        await _store.SetSettingAsync(new ConfigSettingWrite(Key, "production", "0.08"), ConfigWriteCondition.IfAbsent);

        var unlabelled = await _store.GetSettingAsync(Key, null);
        var production = await _store.GetSettingAsync(Key, "production");
        var staging = await _store.GetSettingAsync(Key, "staging");

        Assert.Equal(("0.07", (string?)null), (unlabelled.Setting!.Value, unlabelled.Setting.Label));
        Assert.Equal(("0.08", "production"), (production.Setting!.Value, production.Setting.Label));
        Assert.Equal(ConfigReadStatus.NotFound, staging.Status);
    }

    [Fact]
    public async Task SetSettingAsync_EmptyLabel_IsTheNullLabel()
    {
        await _store.SetSettingAsync(new ConfigSettingWrite(Key, "", "0.07"), ConfigWriteCondition.IfAbsent);

        var read = await _store.GetSettingAsync(Key, null);

        Assert.Null(read.Setting!.Label);
        Assert.Equal("0.07", read.Setting.Value);
    }

    [Fact]
    public async Task SetSettingAsync_EveryWrite_GetsANewETagAndKeepsTagsInOrder()
    {
        var tags = new Dictionary<string, string> { ["owner"] = "payments", ["ticket"] = "FIN-42", ["area"] = "tax" };

        var first = await _store.SetSettingAsync(new ConfigSettingWrite(Key, "staging", "0.08", "text/plain", tags), ConfigWriteCondition.Always);
        var same = await _store.SetSettingAsync(new ConfigSettingWrite(Key, "staging", "0.08", "text/plain", tags), ConfigWriteCondition.Always);

        Assert.NotEqual(first.ETag, same.ETag);
        Assert.Equal(["owner", "ticket", "area"], same.Tags.Keys);
        Assert.Equal("FIN-42", same.Tags["ticket"]);
        Assert.Equal("text/plain", same.ContentType);
    }

    [Fact]
    public async Task SetSettingAsync_IfUnchangedWithTheCurrentETag_Replaces()
    {
        var read = await _store.SetSettingAsync(new ConfigSettingWrite(Key, "staging", "0.08"), ConfigWriteCondition.Always);

        var written = await _store.SetSettingAsync(new ConfigSettingWrite(Key, "staging", "0.0825"), ConfigWriteCondition.IfUnchanged(read.ETag!));

        Assert.Equal("0.0825", (await _store.GetSettingAsync(Key, "staging")).Setting!.Value);
        Assert.NotEqual(read.ETag, written.ETag);
    }

    [Fact]
    public async Task SetSettingAsync_IfUnchangedButTheSettingIsGone_ThrowsETagMismatch()
    {
        var read = await _store.SetSettingAsync(new ConfigSettingWrite(Key, "staging", "0.08"), ConfigWriteCondition.Always);
        await _store.DeleteSettingAsync(Key, "staging");

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            _store.SetSettingAsync(new ConfigSettingWrite(Key, "staging", "0.0825"), ConfigWriteCondition.IfUnchanged(read.ETag!)));

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
        Assert.Equal(ConfigReadStatus.NotFound, (await _store.GetSettingAsync(Key, "staging")).Status);
    }

    [Fact]
    public async Task GetSettingAsync_WithAnOlderETag_ReturnsTheCurrentSetting()
    {
        var old = await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0.08"), ConfigWriteCondition.Always);
        var current = await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0.0825"), ConfigWriteCondition.Always);

        var read = await _store.GetSettingAsync(Key, null, ifNoneMatchETag: old.ETag);

        Assert.Equal(ConfigReadStatus.Found, read.Status);
        Assert.Equal(("0.0825", current.ETag), (read.Setting!.Value, read.ETag));
    }

    [Fact]
    public async Task GetSettingAsync_CurrentETagQuoted_ReturnsNotModified()
    {
        var written = await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0.08"), ConfigWriteCondition.Always);

        var read = await _store.GetSettingAsync(Key, null, ifNoneMatchETag: $"\"{written.ETag}\"");

        Assert.Equal(ConfigReadStatus.NotModified, read.Status);
    }

    [Fact]
    public async Task KeysAndLabels_AreCaseSensitive()
    {
        await _store.SetSettingAsync(new ConfigSettingWrite("Billing:TaxRate", "Production", "upper"), ConfigWriteCondition.IfAbsent);
        await _store.SetSettingAsync(new ConfigSettingWrite("billing:taxrate", "production", "lower"), ConfigWriteCondition.IfAbsent);

        var upper = await _store.GetSettingAsync("Billing:TaxRate", "Production");
        var mixed = await _store.GetSettingAsync("Billing:TaxRate", "production");

        Assert.Equal("upper", upper.Setting!.Value);
        Assert.Equal(ConfigReadStatus.NotFound, mixed.Status);
    }

    [Fact]
    public async Task LockedKey_RefusesSetAndDelete_UntilUnlocked()
    {
        await _store.SetSettingAsync(new ConfigSettingWrite(Key, "production", "0.08"), ConfigWriteCondition.Always);
        var locked = await _store.LockSettingAsync(Key, "production");

        var setRefused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            _store.SetSettingAsync(new ConfigSettingWrite(Key, "production", "0.0825"), ConfigWriteCondition.IfUnchanged(locked.ETag!)));
        var deleteRefused = await Assert.ThrowsAsync<ConfigStoreException>(() => _store.DeleteSettingAsync(Key, "production", locked.ETag));
        var unlocked = await _store.UnlockSettingAsync(Key, "production");
        var written = await _store.SetSettingAsync(new ConfigSettingWrite(Key, "production", "0.0825"), ConfigWriteCondition.IfUnchanged(unlocked.ETag!));

        Assert.Equal(ConfigStoreErrorKind.Locked, setRefused.Kind);
        Assert.Equal(ConfigStoreErrorKind.Locked, deleteRefused.Kind);
        Assert.Equal(("0.0825", false), (written.Value, written.IsLocked));
    }

    [Fact]
    public async Task LockSettingAsync_MissingKey_ThrowsNotFound()
    {
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => _store.LockSettingAsync(Key, "production"));

        Assert.Equal((ConfigStoreErrorKind.NotFound, 404), (refused.Kind, refused.StatusCode));
        Assert.Contains("does not exist", refused.Message);
    }

    [Fact]
    public async Task DeleteSettingAsync_MissingKeyWithIfMatch_ThrowsETagMismatch()
    {
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => _store.DeleteSettingAsync(Key, null, ifMatchETag: "gone"));

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
    }

    [Fact]
    public async Task DeleteSettingAsync_StaleIfMatch_ThrowsETagMismatchAndKeepsTheSetting()
    {
        var old = await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0.08"), ConfigWriteCondition.Always);
        await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, "0.0825"), ConfigWriteCondition.Always);

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => _store.DeleteSettingAsync(Key, null, old.ETag));

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
        Assert.Equal("0.0825", (await _store.GetSettingAsync(Key, null)).Setting!.Value);
    }

    [Fact]
    public async Task SetSettingAsync_ExactlyTenKilobytes_IsStored()
    {
        var value = new string('x', SettingLimitBytes - Key.Length);

        var written = await _store.SetSettingAsync(new ConfigSettingWrite(Key, null, value), ConfigWriteCondition.Always);

        Assert.Equal(value, written.Value);
    }

    [Fact]
    public async Task SetSettingAsync_OverTenKilobytesCountingTags_IsRefusedWithTheSize()
    {
        var value = new string('x', SettingLimitBytes - Key.Length - "production".Length);
        var tags = new Dictionary<string, string> { ["o"] = "" };

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            _store.SetSettingAsync(new ConfigSettingWrite(Key, "production", value, tags: tags), ConfigWriteCondition.Always));

        Assert.Equal((ConfigStoreErrorKind.InvalidRequest, 413), (refused.Kind, refused.StatusCode));
        Assert.Contains($"The setting is {SettingLimitBytes + 1} bytes", refused.Message);
        Assert.Contains("at most 10240 bytes (10 KB)", refused.Message);
        Assert.Equal(ConfigReadStatus.NotFound, (await _store.GetSettingAsync(Key, "production")).Status);
    }

    [Fact]
    public async Task SetSettingAsync_MultiByteCharacters_CountAsTheirUtf8Bytes()
    {
        // 'é' is two bytes in UTF-8: half the characters already fill the limit.
        var value = new string('é', SettingLimitBytes / 2);

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            _store.SetSettingAsync(new ConfigSettingWrite(Key, null, value), ConfigWriteCondition.Always));

        Assert.Equal(ConfigStoreErrorKind.InvalidRequest, refused.Kind);
    }

    [Fact]
    public void ConfigSettingWrite_KeyLongerThanTheColumn_IsRefusedNamingTheLimit()
    {
        var refused = Assert.Throws<DomainException>(() => new ConfigSettingWrite(new string('k', 513), null, "v"));

        Assert.Contains("513 characters long; at most 512", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("rate%")]
    public async Task GetSettingAsync_InvalidKey_ThrowsDomainExceptionNamingTheRule(string key)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => _store.GetSettingAsync(key, null));

        Assert.Contains("key", refused.Message);
    }

    [Fact]
    public async Task KeyVaultReference_ReadBack_IsMaskedInToString()
    {
        var secret = new Uri("https://contoso-billing-kv.vault.azure.net/secrets/billing-sql");
        await _store.SetSettingAsync(ConfigSettingWrite.KeyVaultReference("Billing:Database:ConnectionString", "production", secret), ConfigWriteCondition.IfAbsent);

        var read = (await _store.GetSettingAsync("Billing:Database:ConnectionString", "production")).Setting!;

        Assert.True(read.IsKeyVaultReference);
        Assert.Contains("billing-sql", read.Value);
        Assert.DoesNotContain("contoso-billing-kv", read.ToString());
        Assert.Contains(ConfigSetting.HiddenKeyVaultValue, read.ToString());
    }

    [Fact]
    public void WithActor_Blank_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => _store.WithActor(" "));

        Assert.Contains("actor", refused.Message);
    }

    private const int SettingLimitBytes = 10 * 1024;
}
