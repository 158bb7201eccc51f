using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>Live health and incidents through the API of the real host with the demo world (its sample fleet not started).</summary>
public class HealthAndIncidentsApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    [Fact]
    public async Task GetHealth_DemoWorldWithoutItsFleet_EveryServiceProbedUnreachableWithNoInventedNumbers()
    {
        using var viewer = await SignedInAsync("viewer");

        // The scheduler probes on its own; wait (bounded) for its first run to reach the store.
        JsonElement billing = default;
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var all = await viewer.GetFromJsonAsync<JsonElement>("api/health");
            billing = all.EnumerateArray().FirstOrDefault(h => h.GetProperty("service").GetString() == "billing-api" && h.GetProperty("environment").GetString() == "production");
            if (billing.ValueKind == JsonValueKind.Object && billing.GetProperty("liveness").GetString() != "noData") break;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Equal(("unhealthy", "unhealthy"), (billing.GetProperty("state").GetString(), billing.GetProperty("liveness").GetString()));
        Assert.Contains("refused", billing.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (billing.GetProperty("errorRate").ValueKind, billing.GetProperty("p95Ms").ValueKind));
        Assert.Equal(0, billing.GetProperty("instances").GetProperty("inRotation").GetInt32());
    }

    [Fact]
    public async Task GetIncident_DemoWorldsPastIncident_PortalEditRankedFirstWithItsReason()
    {
        using var viewer = await SignedInAsync("viewer");
        var list = await viewer.GetFromJsonAsync<JsonElement>("api/incidents");
        var seeded = list.EnumerateArray().Single(i => i.GetProperty("title").GetString() == "billing-api unhealthy in production");

        var incident = await viewer.GetFromJsonAsync<JsonElement>($"api/incidents/{seeded.GetProperty("id").GetGuid()}");

        var first = incident.GetProperty("suspectedChanges")[0];
        Assert.Equal((DemoConfiguration.StoryKey, "out-of-band", 1),
            (first.GetProperty("key").GetString(), first.GetProperty("source").GetString(), first.GetProperty("rank").GetInt32()));
        Assert.Contains(incident.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "outOfBandChange");
        Assert.Equal("resolved", incident.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenAcknowledgeNoteResolve_ByOnCall_EachStepOnTheTimelineAndOpenListedFirst()
    {
        using var onCall = await SignedInAsync("oncall");

        var opened = await onCall.PostAsJsonAsync("api/incidents", new { title = "invoices slow", severity = "medium", environment = "staging", services = new[] { "invoice-renderer" } });
        var incident = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(opened.StatusCode == HttpStatusCode.Created, $"{(int)opened.StatusCode}: {incident}");
        var id = incident.GetProperty("id").GetGuid();
        var list = await onCall.GetFromJsonAsync<JsonElement>("api/incidents");
        var acknowledged = await onCall.PostAsJsonAsync($"api/incidents/{id}/acknowledge", new { });
        var noted = await onCall.PostAsJsonAsync($"api/incidents/{id}/notes", new { text = "renderer queue at 4,000" });
        var resolved = await onCall.PostAsJsonAsync($"api/incidents/{id}/resolve", new { text = "queue drained after scaling out" });

        var body = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (acknowledged.StatusCode, noted.StatusCode, resolved.StatusCode));
        Assert.Equal(id, list[0].GetProperty("id").GetGuid());
        Assert.Equal(("resolved", "Omar On-call"), (body.GetProperty("status").GetString(), body.GetProperty("commander").GetString()));
        Assert.Equal(["opened", "commanderAssigned", "note", "statusChange"],
            body.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task PostIncident_BadSeverity_ProblemNamingTheField()
    {
        using var onCall = await SignedInAsync("oncall");

        var response = await onCall.PostAsJsonAsync("api/incidents", new { title = "x", severity = "sev1", environment = "staging", services = new[] { "frontend" } });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("severity", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task PostIncident_ByViewer_Forbidden()
    {
        using var viewer = await SignedInAsync("viewer");

        var response = await viewer.PostAsJsonAsync("api/incidents", new { title = "x", severity = "low", environment = "staging", services = new[] { "frontend" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ResolveIncident_Unknown_NotFoundProblem()
    {
        using var onCall = await SignedInAsync("oncall");

        var response = await onCall.PostAsJsonAsync($"api/incidents/{Guid.NewGuid()}/resolve", new { text = "fixed" });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no incident", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }
}
