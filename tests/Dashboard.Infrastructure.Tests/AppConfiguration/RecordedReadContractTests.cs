using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

/// <summary>Reads replayed against sessions recorded from the real service.</summary>
public sealed class RecordedReadContractTests
{
    [Fact]
    public async Task GetSettingAsync_RecordedGetSetting_ReturnsTheStoredSettingAndSendsTheServiceAcceptHeader()
    {
        var (client, handler) = RecordedClient.For("GetSetting", compareAccept: true);
        const string key = "key-290156711";

        var written = await client.SetSettingAsync(SettingWrites.Standard(key, null), ConfigWriteCondition.Always);
        var read = await client.GetSettingAsync(key, null);
        var deleted = await client.DeleteSettingAsync(key, null);

        Assert.Equal(ConfigReadStatus.Found, read.Status);
        var setting = read.Setting!;
        Assert.Equal((key, (string?)null, "test_value", "test_content_type"), (setting.Key, setting.Label, setting.Value, setting.ContentType));
        Assert.Equal("clL_lGuzk_D4KDDczDLAoezE-tOY_fsbLxkxjlI883A", setting.ETag);
        Assert.Equal(written.ETag, setting.ETag);
        Assert.Equal(new DateTimeOffset(2023, 1, 31, 20, 24, 57, TimeSpan.Zero), setting.LastModified);
        Assert.Equal("value2", setting.Tags["tag2"]);
        Assert.False(setting.IsLocked);
        Assert.Equal(key, deleted!.Key);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task GetSettingAsync_RecordedMissingKey_ReturnsNotFound()
    {
        var (client, handler) = RecordedClient.For("GetSettingNotFound");

        var read = await client.GetSettingAsync("key-1302682137", null);

        Assert.Equal(ConfigReadStatus.NotFound, read.Status);
        Assert.Null(read.Setting);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task GetSettingAsync_RecordedUnchangedETag_ReturnsNotModifiedWithTheETag()
    {
        var (client, handler) = RecordedClient.For("GetIfChangedSettingUnmodified");
        const string key = "key-1333503661";

        var created = await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.IfAbsent);
        var read = await client.GetSettingAsync(key, "test_label", ifNoneMatchETag: created.ETag);
        await client.DeleteSettingAsync(key, "test_label");

        Assert.Equal(ConfigReadStatus.NotModified, read.Status);
        Assert.Null(read.Setting);
        Assert.Equal(created.ETag, read.ETag);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task ListSettingsAsync_RecordedTwoPages_FollowsTheNextLinkAndReturnsAllItems()
    {
        var (client, handler) = RecordedClient.For("GetBatchSettingPagination");

        var batchKey = await client.GetSettingAsync("BatchKey", null);
        var settings = await client.ListSettingsAsync(new ConfigSettingFilter(batchKey.Setting!.Value!)).ToListAsync();

        Assert.Equal(105, settings.Count);
        Assert.All(settings, s => Assert.Equal("key-1353292639", s.Key));
        Assert.Equal(["0", "1", "10", "100", "101"], settings.Take(5).Select(s => s.Label));
        Assert.Equal(105, settings.Select(s => s.Label).Distinct().Count());
        Assert.Contains("after=a2V5LTEzNTMyOTI2MzkKOTQ%3D", handler.Sent[2].Uri.Query);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task ListSettingsAsync_RecordedKeyAndLabelFilter_ReturnsTheOneMatch()
    {
        var (client, handler) = RecordedClient.For("GetBatchSettingKeyLabel");
        const string key = "key-1971522758";

        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        var settings = await client.ListSettingsAsync(new ConfigSettingFilter(key, "test_label")).ToListAsync();
        await client.DeleteSettingAsync(key, "test_label");

        var only = Assert.Single(settings);
        Assert.Equal((key, "test_label", "dkXdRd0hnj6ga6vUg7WQc6xSPvm"), (only.Key, only.Label, only.ETag));
        handler.AssertAllServed();
    }

    [Fact]
    public async Task ListSettingsAsync_RecordedLabelOnlyFilter_ReturnsEveryKeyWithThatLabelAcrossPages()
    {
        var (client, handler) = RecordedClient.For("GetBatchSettingOnlyLabel");
        const string key = "key-215294593";

        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        var settings = await client.ListSettingsAsync(new ConfigSettingFilter(LabelFilter: "test_label")).ToListAsync();
        await client.DeleteSettingAsync(key, "test_label");

        Assert.Equal(105, settings.Count);
        Assert.All(settings, s => Assert.Equal("test_label", s.Label));
        Assert.Equal(105, settings.Select(s => s.Key).Distinct().Count());
        handler.AssertAllServed();
    }

    [Fact]
    public async Task ListRevisionsAsync_RecordedKeyAndLabel_ReturnsOnlyThatLabelsRevision()
    {
        var (client, handler) = RecordedClient.For("GetRevisionsByKeyAndLabel");
        const string key = "key-1225782916";

        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label"), ConfigWriteCondition.Always);
        await client.SetSettingAsync(SettingWrites.Standard(key, "test_label_update"), ConfigWriteCondition.Always);
        var revisions = await client.ListRevisionsAsync(new ConfigSettingFilter(key, "test_label_update")).ToListAsync();
        await client.DeleteSettingAsync(key, "test_label");
        await client.DeleteSettingAsync(key, "test_label_update");

        var revision = Assert.Single(revisions);
        Assert.Equal(("test_label_update", "B0T9OQSWvjLoyutqmemI7mx28lr"), (revision.Label, revision.ETag));
        Assert.Equal("/revisions", handler.Sent[2].Uri.AbsolutePath);
        handler.AssertAllServed();
    }
}
