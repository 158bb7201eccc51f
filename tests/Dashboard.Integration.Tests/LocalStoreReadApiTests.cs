using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.AppConfiguration;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>The App Configuration read endpoint over the local store, signed with the Development read key.</summary>
public class LocalStoreReadApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string Store = "/appconfig/" + DemoCatalog.SharedStore;

    [Fact]
    public async Task ListKeyValues_KeyFilterAndLabel_ReturnsOnlyThatLabelsMatchingKeys()
    {
        using var response = await SignedGetAsync($"{Store}/kv?key=Billing%3A%2A&label=staging&api-version=2023-11-01");

        var items = await ItemsAsync(response);
        Assert.Equal("application/vnd.microsoft.appconfig.kvset+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains(items, i => i.GetProperty("key").GetString() == DemoConfiguration.SentinelKey);
        Assert.All(items, i => Assert.StartsWith("Billing:", i.GetProperty("key").GetString(), StringComparison.Ordinal));
        Assert.All(items, i => Assert.Equal("staging", i.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task ListKeyValues_NoLabelParameter_ReturnsEveryLabel()
    {
        using var response = await SignedGetAsync($"{Store}/kv?key={DemoConfiguration.StoryKey}");

        var labels = (await ItemsAsync(response)).Select(i => i.GetProperty("label").GetString());
        Assert.Equal(["production", "staging"], labels);
    }

    [Fact]
    public async Task ListKeyValues_NullLabelFilter_ReturnsOnlyKeysWithoutLabel()
    {
        await Store_().SetSettingAsync(new ConfigSettingWrite("Fleet:Unlabelled", null, "plain"), ConfigWriteCondition.Always);
        await Store_().SetSettingAsync(new ConfigSettingWrite("Fleet:Unlabelled", "staging", "labelled"), ConfigWriteCondition.Always);

        using var response = await SignedGetAsync($"{Store}/kv?key=Fleet%3AUnlabelled&label=%00");

        var item = Assert.Single(await ItemsAsync(response));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("label").ValueKind);
        Assert.Equal("plain", item.GetProperty("value").GetString());
    }

    [Fact]
    public async Task ListKeyValues_MoreThanAPage_PagesThroughTheLinkHeaderWithoutGapsOrRepeats()
    {
        const string label = "paging";
        foreach (var n in Enumerable.Range(0, LocalStoreReadApiPageSize + 20))
            await Store_().SetSettingAsync(new ConfigSettingWrite($"Paging:Key{n:000}", label, "v"), ConfigWriteCondition.Always);

        using var first = await SignedGetAsync($"{Store}/kv?key=Paging%3A%2A&label={label}");
        var link = first.Headers.GetValues("Link").Single();
        var next = link[(link.IndexOf('<') + 1)..link.IndexOf('>')];
        using var second = await SignedGetAsync(next);

        var firstItems = await ItemsAsync(first);
        var keys = firstItems.Concat(await ItemsAsync(second)).Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Equal(LocalStoreReadApiPageSize, firstItems.Count);
        Assert.False(second.Headers.Contains("Link"));
        Assert.Equal(Enumerable.Range(0, LocalStoreReadApiPageSize + 20).Select(n => $"Paging:Key{n:000}"), keys);
    }

    [Fact]
    public async Task ListKeyValues_SamePageAgainWithItsETag_Is304_UntilAnItemChanges()
    {
        await Store_().SetSettingAsync(new ConfigSettingWrite("Watch:Me", "etag-test", "1"), ConfigWriteCondition.Always);
        const string page = $"{Store}/kv?key=Watch%3A%2A&label=etag-test";
        using var first = await SignedGetAsync(page);

        using var unchanged = await SignedGetAsync(page, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        await Store_().SetSettingAsync(new ConfigSettingWrite("Watch:Me", "etag-test", "2"), ConfigWriteCondition.Always);
        using var changed = await SignedGetAsync(page, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("2", Assert.Single(await ItemsAsync(changed)).GetProperty("value").GetString());
    }

    [Fact]
    public async Task GetKeyValue_WithLabel_ReturnsTheKeyValueAndItsETag_AndIfNoneMatchIs304()
    {
        var stored = (await Store_().GetSettingAsync(DemoConfiguration.StoryKey, "staging")).Setting!;

        using var found = await SignedGetAsync($"{Store}/kv/{DemoConfiguration.StoryKey}?label=staging");
        using var notModified = await SignedGetAsync($"{Store}/kv/{DemoConfiguration.StoryKey}?label=staging",
            request => request.Headers.IfNoneMatch.Add(found.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal($"\"{stored.ETag}\"", found.Headers.ETag?.Tag);
        var body = await found.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((stored.Value, stored.ETag, "staging"),
            (body.GetProperty("value").GetString(), body.GetProperty("etag").GetString(), body.GetProperty("label").GetString()));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task GetKeyValue_FeatureFlagKeyWithEscapedSlash_IsFound()
    {
        using var response = await SignedGetAsync($"{Store}/kv/.appconfig.featureflag%2Fbilling-new-tax-engine?label=staging");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConfigContentTypes.FeatureFlag, body.GetProperty("content_type").GetString());
    }

    [Fact]
    public async Task GetKeyValue_MissingKeyOrLabel_Is404()
    {
        using var missingKey = await SignedGetAsync($"{Store}/kv/No:Such:Key?label=staging");
        using var missingLabel = await SignedGetAsync($"{Store}/kv/{DemoConfiguration.StoryKey}?label=qa");

        Assert.Equal(HttpStatusCode.NotFound, missingKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingLabel.StatusCode);
    }

    [Fact]
    public async Task ListKeyValues_UnknownStore_Is404NamingTheLocalStores()
    {
        using var response = await SignedGetAsync("/appconfig/no-such-store/kv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(DemoCatalog.SharedStore, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("key=a%2Ab%2A", "key")]
    [InlineData("label=prod%2A%2Cqa%2Cx%2Cy%2Cz%2Cw", "label")]
    [InlineData("after=%21%21", "after")]
    public async Task ListKeyValues_BadParameter_Is400NamingIt(string query, string field)
    {
        using var response = await SignedGetAsync($"{Store}/kv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Request_SignedWithAnotherSecret_Is401SayingTheSignatureDoesNotMatch()
    {
        using var response = await SignedGetAsync($"{Store}/kv", secret: "YW5vdGhlciBrZXk=");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("HMAC-SHA256", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("signature does not match", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_SignedForOneLabelButSentForAnother_Is401()
    {
        using var response = await SignedGetAsync($"{Store}/kv?label=staging",
            request => request.RequestUri = new Uri(fixture.Host.BaseAddress, $"{Store}/kv?label=production"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_Unsigned_Is401()
    {
        using var client = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

        using var response = await client.GetAsync($"{Store}/kv");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Endpoint_NoReadKeyConfigured_Is404SayingWhichSettingTurnsItOn()
    {
        await using var host = await DashboardTestHost.StartAsync(environment: "Production");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await client.GetAsync($"{Store}/kv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ConfigStores:LocalReadAccess", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("--ConfigStores:LocalReadAccess:Secret=", "set both Id and Secret")]
    [InlineData("--ConfigStores:LocalReadAccess:Secret=not base64!", "Secret is not base64")]
    public void ReadKeySetting_Invalid_RefusesToBuildNamingTheSetting(string argument, string expected)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build(["--environment=Development", argument]));

        Assert.Contains(expected, Assert.Single(error.Failures));
        Assert.StartsWith("ConfigStores:LocalReadAccess", error.Failures[0], StringComparison.Ordinal);
    }

    private static int LocalStoreReadApiPageSize => Web.Endpoints.LocalStoreReadApi.PageSize;

    private LocalConfigStore Store_() =>
        fixture.Host.App.Services.GetRequiredService<LocalConfigStoreRegistry>().Get(DemoCatalog.SharedStore);

    private async Task<HttpResponseMessage> SignedGetAsync(string pathAndQuery, Action<HttpRequestMessage>? change = null, string? secret = null)
    {
        var configuration = fixture.Host.App.Configuration;
        var signer = new HmacRequestSigner(configuration["ConfigStores:LocalReadAccess:Id"]!,
            Convert.FromBase64String(secret ?? configuration["ConfigStores:LocalReadAccess:Secret"]!));
        var uri = new Uri(fixture.Host.BaseAddress, pathAndQuery);
        var date = HmacRequestSigner.FormatDate(DateTimeOffset.UtcNow);
        var hash = HmacRequestSigner.ContentHash([]);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-content-sha256", hash);
        request.Headers.TryAddWithoutValidation("Authorization", signer.Authorization("GET", uri.PathAndQuery, date, uri.Authority, hash));
        change?.Invoke(request);
        using var client = new HttpClient();
        return await client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("items").EnumerateArray()];
    }
}
