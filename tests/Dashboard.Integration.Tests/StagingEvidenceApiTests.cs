using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Application.Health;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>Staging verification through the real host: the soak's health evidence when staging has data, the signed checklist when it has none.</summary>
public sealed class StagingEvidenceApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private static readonly object Proposal = new { store = "contoso-shared-config", key = DemoConfiguration.StoryKey, value = "0.0825", reason = "2027 tax rules" };

    [Fact]
    public async Task StagingVerify_NoHealthDataAndNoChecklist_IsRefusedNamingTheChecklistFallback()
    {
        // Past anything another test of this class recorded.
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        using var engineer = await SignedInAsync();
        var id = await AppliedToStagingAsync(engineer);

        var refused = await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify", new { });

        Assert.False(refused.IsSuccessStatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("in staging — checklist required.", detail, StringComparison.Ordinal);
        Assert.Contains("billing-api", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StagingVerify_BillingApiErrorsRoseDuringTheSoak_FailsNamingBillingApi()
    {
        using var engineer = await SignedInAsync();
        var id = await AppliedToStagingAsync(engineer);
        var appliedAt = fixture.Clock.GetUtcNow();
        fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        await RecordBillingStagingAsync(appliedAt);

        var answer = await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify", new { });

        var proposal = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.IsSuccessStatusCode, proposal.ToString());
        Assert.Equal("AppliedToStaging", proposal.GetProperty("state").GetString());
        var failure = proposal.GetProperty("events").EnumerateArray().Last();
        Assert.Equal("FailStagingVerification", failure.GetProperty("action").GetString());
        Assert.Contains("billing-api: 5xx rate", failure.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Ten healthy minutes of billing-api in staging before the apply and ten with one request in five failing after it.</summary>
    private async Task RecordBillingStagingAsync(DateTimeOffset appliedAt)
    {
        var services = fixture.Host.App.Services;
        var store = services.GetRequiredService<HealthSeriesStore>();
        store.Watch(await services.GetRequiredService<IHealthWatchListSource>().LoadAsync(CancellationToken.None));
        var firstMinute = DateTimeOffset.FromUnixTimeSeconds(appliedAt.ToUnixTimeSeconds() / 60 * 60).AddMinutes(-10);
        var samples = Enumerable.Range(0, 21).Select(i => firstMinute.AddMinutes(i))
            .Select(minute => new RequestSample(minute, 100, minute >= appliedAt ? 20 : 0, 0, 90)).ToList();
        store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("test-telemetry", HealthSourceKind.RequestTelemetry, "recorded", fixture.Clock.GetUtcNow()),
            [new HealthObservation("billing-api", "staging", [], samples)]));
    }

    private async Task<string> AppliedToStagingAsync(HttpClient engineer)
    {
        var created = await engineer.PostAsJsonAsync("api/proposals", Proposal);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.True((await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-apply", new { })).IsSuccessStatusCode);
        return id;
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "engineer", DemoAccounts.Password);
        return client;
    }
}
