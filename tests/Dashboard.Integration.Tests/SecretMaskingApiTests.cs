using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// A secret's values never leave through the API, whoever asks: not in the proposal (proposed, staging, production, last known
/// good), not in its history, not in the answer to the engineer who proposes it, not in the blast radius.
/// </summary>
public class SecretMaskingApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string Store = "contoso-shared-config";
    private const string VaultKey = "Billing:Database:ConnectionString";
    // What the demo store holds for the Key Vault reference, and what the proposal replaces it with.
    private const string CurrentVault = "contoso-billing-kv";
    private const string NewVault = "contoso-rotated-kv";
    private const string NewReference = """{"uri":"https://contoso-rotated-kv.vault.azure.net/secrets/billing-sql"}""";

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<string> OkTextAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return text;
    }

    [Fact]
    public async Task Create_KeyVaultReference_AnswersTheEngineerWithoutTheCurrentOrNewValue()
    {
        using var engineer = await SignedInAsync("engineer");

        var created = await OkTextAsync(await engineer.PostAsJsonAsync("api/proposals",
            new { store = Store, key = VaultKey, value = NewReference, reason = "rotate the billing database vault" }));

        Assert.DoesNotContain(CurrentVault, created);
        Assert.DoesNotContain(NewVault, created);
        Assert.Contains("••••", JsonDocument.Parse(created).RootElement.GetProperty("proposedValue").GetString());
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("engineer")]
    [InlineData("admin")]
    public async Task GetAndList_SecretKeyThroughProduction_MaskValuesAndHistoryForEveryRole(string role)
    {
        using var engineer = await SignedInAsync("engineer");
        using var approver = await SignedInAsync("approver");
        const string secret = "whsec-live-7c1e9d0b";
        var key = $"Billing:Webhook:{role}:Secret";
        var created = JsonDocument.Parse(await OkTextAsync(await engineer.PostAsJsonAsync("api/proposals",
            new { store = Store, key, value = secret, reason = "rotate the webhook secret" }))).RootElement;
        var id = created.GetProperty("id").GetString();
        await OkTextAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-apply", new { }));
        await OkTextAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify",
            new { checklist = new[] { new { description = "webhooks still verify on staging", confirmed = true } } }));
        await OkTextAsync(await approver.PostAsJsonAsync($"api/proposals/{id}/approve", new { }));
        var applied = await OkTextAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/production-apply", new { }));
        using var reader = await SignedInAsync(role);

        var one = await OkTextAsync(await reader.GetAsync($"api/proposals/{id}"));
        var list = await OkTextAsync(await reader.GetAsync($"api/proposals?key={Uri.EscapeDataString(key)}"));

        Assert.DoesNotContain(secret, applied);
        Assert.DoesNotContain(secret, one);
        Assert.DoesNotContain(secret, list);
        var events = JsonDocument.Parse(one).RootElement.GetProperty("events");
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("action").GetString() == "ApplyToProduction");
        Assert.Equal("AppliedToProduction", JsonDocument.Parse(one).RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task BlastRadius_KeyVaultReference_NeverShowsTheCurrentOrNewValue()
    {
        using var viewer = await SignedInAsync("viewer");

        var radius = await OkTextAsync(await viewer.PostAsJsonAsync("api/blast-radius", new { store = Store, key = VaultKey, value = NewReference }));

        Assert.DoesNotContain(CurrentVault, radius);
        Assert.DoesNotContain(NewVault, radius);
    }
}
