using System.Net;
using System.Text.Json;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

/// <summary>Conditional locks, escaped filters and the value-free listing a watcher uses.</summary>
public sealed class AppConfigurationCapabilityTests
{
    [Fact]
    public async Task LockSettingAsync_WithETag_SendsIfMatchOnTheLocksPath()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k", "prod", etag: "etag-2"));
        var client = ScriptedClient.WithConnectionString(handler);

        var locked = await client.LockSettingAsync("k", "prod", ifMatchETag: "etag-1");

        Assert.Equal(("PUT", "/locks/k", "\"etag-1\""), (handler.Sent[0].Method.Method, handler.Sent[0].Uri.AbsolutePath, handler.Sent[0].Header("If-Match")));
        Assert.Equal("etag-2", locked.ETag);
    }

    [Fact]
    public async Task UnlockSettingAsync_StaleETag_ThrowsETagMismatch()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.PreconditionFailed);
        var client = ScriptedClient.WithConnectionString(handler);

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => client.UnlockSettingAsync("k", "prod", ifMatchETag: "old"));

        Assert.Equal((ConfigStoreErrorKind.ETagMismatch, "k", "prod"), (refused.Kind, refused.Key, refused.Label));
        Assert.Equal(("DELETE", "\"old\""), (handler.Sent[0].Method.Method, handler.Sent[0].Header("If-Match")));
    }

    [Fact]
    public async Task LockSettingAsync_WithoutETag_SendsNoIfMatch()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"));
        var client = ScriptedClient.WithConnectionString(handler);

        await client.LockSettingAsync("k", null);

        Assert.Null(handler.Sent[0].Header("If-Match"));
    }

    [Fact]
    public async Task ListSettingsAsync_ForSettingWithFilterCharacters_SendsThemEscaped()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, """{"items":[]}""");
        var client = ScriptedClient.WithConnectionString(handler);

        await client.ListSettingsAsync(ConfigSettingFilter.ForSetting(@"a,b*c\d", "x,y")).ToListAsync();

        var query = Uri.UnescapeDataString(handler.Sent[0].Uri.Query);
        Assert.Contains(@"key=a\,b\*c\\d&", query);
        Assert.Contains(@"label=x\,y&", query);
    }

    [Fact]
    public async Task ListVersionsAsync_SelectsOnlyKeyLabelETagAndLastModified()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK,
            """{"items":[{"key":"a","label":"prod","etag":"e1","last_modified":"2026-11-01T10:00:00+00:00"}]}""");
        var client = ScriptedClient.WithConnectionString(handler);

        var versions = await client.ListVersionsAsync(ConfigSettingFilter.All).ToListAsync();

        Assert.Equal("key,label,etag,last_modified", QueryValue(handler.Sent[0].Uri, "$select"));
        Assert.Equal([new ConfigSettingVersion("a", "prod", "e1", DateTimeOffset.Parse("2026-11-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture))], versions);
    }

    [Fact]
    public async Task ListVersionsAsync_RecordedSelectAnswer_ReadsTheVersionWithoutAValue()
    {
        // The service's own answer to a $select listing (recorded): items hold only the selected fields.
        var session = RecordedSession.Load("GetBatchSettingWithFields");
        var listing = session.Entries.Single(e => e.Method == "GET");
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, JsonSerializer.Serialize(listing.ResponseBody));
        var client = ScriptedClient.WithConnectionString(handler);

        var version = Assert.Single(await client.ListVersionsAsync(new ConfigSettingFilter("keyFields-881848492")).ToListAsync());

        Assert.Equal(("keyFields-881848492", "my_label", "lLGCR62pqBY6VxVye8Y2vaHIyif", (DateTimeOffset?)null),
            (version.Key, version.Label, version.ETag, version.LastModified));
    }

    [Fact]
    public async Task ListVersionsAsync_SecondPage_FollowsTheNextLinkWithItsSelect()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, """{"items":[{"key":"a","label":null,"etag":"e1"}]}""",
                ("Link", "</kv?$select=key,label,etag,last_modified&after=YQ%3D%3D&api-version=2023-11-01>; rel=\"next\""))
            .Then(HttpStatusCode.OK, """{"items":[{"key":"b","label":null,"etag":"e2"}]}""");
        var client = ScriptedClient.WithConnectionString(handler);

        var versions = await client.ListVersionsAsync(ConfigSettingFilter.All).ToListAsync();

        Assert.Equal(["a", "b"], versions.Select(v => v.Key));
        Assert.Equal("key,label,etag,last_modified", QueryValue(handler.Sent[1].Uri, "$select"));
    }

    private static string? QueryValue(Uri uri, string name) =>
        uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => Uri.UnescapeDataString(p[0]) == name)
            .Select(p => Uri.UnescapeDataString(p[1])).SingleOrDefault();
}
