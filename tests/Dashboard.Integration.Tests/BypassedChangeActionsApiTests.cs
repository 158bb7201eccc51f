using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Application.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>GET /api/changes/bypassed and its revert and adopt actions on the real host, with the roles of the demo accounts.</summary>
public class BypassedChangeActionsApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string Store = "contoso-shared-config";

    private async Task<long> PortalEditAsync(string key, string value)
    {
        var services = fixture.Host.App.Services;
        var detector = services.GetRequiredService<OutOfBandChangeDetector>();
        await detector.DetectAsync(CancellationToken.None);
        var written = await services.GetRequiredService<LocalConfigStoreRegistry>().Get(Store).WithActor("portal-user").SetSettingAsync(
            new ConfigSettingWrite(key, "production", value), ConfigWriteCondition.Always, CancellationToken.None);
        await detector.DetectAsync(CancellationToken.None);
        // The host's own watcher may have recorded it first: find it by the version written.
        var recorded = await detector.ListAsync(1, OutOfBandChangeDetector.MaxPageSize, CancellationToken.None, key);
        return recorded.Items.Single(b => b.NewETag == written.ETag).Id;
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, user, DemoAccounts.Password);
        return client;
    }

    [Fact]
    public async Task List_AfterAPortalEdit_ReturnsOldAndNewValueAndTheRadius()
    {
        var id = await PortalEditAsync(DemoConfiguration.StoryKey, "0.091");
        using var viewer = await SignedInAsync("viewer");

        var body = await viewer.GetFromJsonAsync<JsonElement>($"api/changes/bypassed?key={DemoConfiguration.StoryKey}");

        var item = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal(("0.091", "portal-user", false), (item.GetProperty("newValue").GetString(), item.GetProperty("actor").GetString(), item.GetProperty("valuesMasked").GetBoolean()));
        Assert.True(item.GetProperty("oldExisted").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("risk").ValueKind);
        Assert.Contains("billing-api", item.GetProperty("affectedServices").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Revert_AsAnEngineerThenAgain_CreatesTheDraftThenRefusesWithAProblem()
    {
        var id = await PortalEditAsync("Billing:Gateway:MaxRetries", "9");
        using var engineer = await SignedInAsync("engineer");

        var first = await engineer.PostAsJsonAsync($"api/changes/bypassed/{id}/revert", new { });
        var second = await engineer.PostAsJsonAsync($"api/changes/bypassed/{id}/revert", new { });

        var draft = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        Assert.StartsWith("Revert out-of-band change by portal-user at ", draft.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already reverted through the pipeline", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Adopt_AsAViewer_IsForbiddenAndAsAnEngineerMarksItAdopted()
    {
        var id = await PortalEditAsync("Billing:Gateway:TimeoutSeconds", "12");
        using var viewer = await SignedInAsync("viewer");
        using var engineer = await SignedInAsync("engineer");

        var refused = await viewer.PostAsJsonAsync($"api/changes/bypassed/{id}/adopt", new { });
        var adopted = await engineer.PostAsJsonAsync($"api/changes/bypassed/{id}/adopt", new { });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await adopted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(adopted.IsSuccessStatusCode, body.ToString());
        Assert.Equal("adopted", body.GetProperty("handling").GetString());
    }

    [Fact]
    public async Task Adopt_UnknownId_IsNotFoundProblem()
    {
        using var engineer = await SignedInAsync("engineer");

        var response = await engineer.PostAsJsonAsync("api/changes/bypassed/999999/adopt", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("GET /api/changes/bypassed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
