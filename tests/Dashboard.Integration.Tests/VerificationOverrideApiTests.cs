using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// A failed staging verification is overridden by two people through the real host, each signed in: the engineer asks,
/// naming the approver, and only the approver's own session can confirm it.
/// </summary>
public class VerificationOverrideApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    /// <summary>A proposal applied to staging whose verification failed.</summary>
    private static async Task<string> FailedOnStagingAsync(HttpClient engineer, string value)
    {
        var created = await OkJsonAsync(await engineer.PostAsJsonAsync("api/proposals",
            new { store = "contoso-shared-config", key = DemoConfiguration.StoryKey, value, reason = "2027 tax rules" }));
        var id = created.GetProperty("id").GetString()!;
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-apply", new { }));
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-fail", new { reasons = new[] { "invoice-renderer errors rose" } }));
        return id;
    }

    [Fact]
    public async Task OverrideVerification_OnlyTheNamedPersonSignedInConfirmsIt()
    {
        using var engineer = await SignedInAsync("engineer");
        using var approver = await SignedInAsync("approver");
        using var admin = await SignedInAsync("admin");
        var id = await FailedOnStagingAsync(engineer, "0.0826");

        var requested = await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/override-verification",
            new { reason = "the errors came from a load test", secondPerson = "approver" }));
        var byRequester = await engineer.PostAsJsonAsync($"api/proposals/{id}/override-verification/confirm", new { });
        var byThirdPerson = await admin.PostAsJsonAsync($"api/proposals/{id}/override-verification/confirm", new { });
        var stillPending = await OkJsonAsync(await engineer.GetAsync($"api/proposals/{id}"));
        var confirmed = await OkJsonAsync(await approver.PostAsJsonAsync($"api/proposals/{id}/override-verification/confirm", new { }));

        Assert.Equal("AppliedToStaging", requested.GetProperty("state").GetString());
        Assert.Equal("approver", requested.GetProperty("verificationOverride").GetProperty("secondPersonId").GetString());
        Assert.False(requested.GetProperty("verificationOverride").GetProperty("isConfirmed").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, byRequester.StatusCode);
        Assert.Contains("Eli Engineer asked for this override and cannot confirm", await DetailAsync(byRequester));
        Assert.Equal(HttpStatusCode.Conflict, byThirdPerson.StatusCode);
        Assert.Contains("This override waits for Ada Approver (approver)", await DetailAsync(byThirdPerson));
        Assert.Equal("AppliedToStaging", stillPending.GetProperty("state").GetString());
        Assert.Equal("StagingVerified", confirmed.GetProperty("state").GetString());
        Assert.True(confirmed.GetProperty("verificationOverride").GetProperty("isConfirmed").GetBoolean());
        var last = confirmed.GetProperty("events").EnumerateArray().Last();
        Assert.Equal("ConfirmVerificationOverride", last.GetProperty("action").GetString());
        Assert.Equal("approver", last.GetProperty("actorId").GetString());
        var audit = await OkJsonAsync(await admin.GetAsync("api/audit/verify"));
        Assert.True(audit.GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task OverrideVerification_DeclinedByTheNamedPerson_LeavesTheFailedVerification()
    {
        using var engineer = await SignedInAsync("engineer");
        using var approver = await SignedInAsync("approver");
        var id = await FailedOnStagingAsync(engineer, "0.0827");
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/override-verification",
            new { reason = "the errors came from a load test", secondPerson = "approver" }));

        var declined = await OkJsonAsync(await approver.PostAsJsonAsync($"api/proposals/{id}/override-verification/decline", new { }));
        var confirmAfter = await approver.PostAsJsonAsync($"api/proposals/{id}/override-verification/confirm", new { });

        Assert.Equal("AppliedToStaging", declined.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, declined.GetProperty("verificationOverride").ValueKind);
        Assert.Contains("OverrideFailedVerification", declined.GetProperty("availableActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Conflict, confirmAfter.StatusCode);
    }

    [Fact]
    public async Task OverrideVerification_UnknownSecondPerson_Is400NamingTheField()
    {
        using var engineer = await SignedInAsync("engineer");
        var id = await FailedOnStagingAsync(engineer, "0.0828");

        var response = await engineer.PostAsJsonAsync($"api/proposals/{id}/override-verification",
            new { reason = "the errors came from a load test", secondPerson = "ghost" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("secondPerson", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }
}
