using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Application.ChangeWatch;
using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>A change written straight into the store, bypassing the pipeline, as the API lists it after a detector run.</summary>
public class BypassedChangesApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string Store = "contoso-shared-config";

    [Fact]
    public async Task ListBypassed_AfterADirectWriteAndADetectorRun_ListsTheChangeWithItsActor()
    {
        var services = fixture.Host.App.Services;
        var detector = services.GetRequiredService<OutOfBandChangeDetector>();
        await detector.DetectAsync(CancellationToken.None);
        var portal = services.GetRequiredService<LocalConfigStoreRegistry>().Get(Store).WithActor("portal-user");
        var written = await portal.SetSettingAsync(
            new ConfigSettingWrite(DemoConfiguration.StoryKey, "production", "0.09"), ConfigWriteCondition.Always, CancellationToken.None);
        await detector.DetectAsync(CancellationToken.None);
        using var viewer = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(viewer, "viewer", DemoAccounts.Password);

        var response = await viewer.GetAsync("api/proposals/bypassed?page=1");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        // Newest first: the demo world's seeded portal edit from the story comes after it.
        var item = body.GetProperty("items").EnumerateArray().First();
        Assert.Equal((DemoConfiguration.StoryKey, "production", "portal-user", written.ETag),
            (item.GetProperty("key").GetString(), item.GetProperty("label").GetString(), item.GetProperty("actor").GetString(), item.GetProperty("newETag").GetString()));
        Assert.Equal(2, body.GetProperty("totalCount").GetInt32());
    }
}
